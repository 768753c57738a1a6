package com.merchantdesk.customers;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Ids;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a typed customer and turns it into a {@link Customer}; field names {@code name}, {@code phone}, {@code email}.
 * Public for orders, which add a new customer inside the order's own transaction.
 */
public final class CustomerRules {

    static final int MAX_PHONE_LENGTH = 40;
    static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9()\\-./ ]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CustomerRules() {}

    public static List<FieldError> errors(CustomerInput in) {
        List<FieldError> errors = new ArrayList<>();
        String name = clean(in.name());
        if (name.isEmpty()) {
            errors.add(FieldError.of("name", "validation.required"));
        } else if (name.length() > Customer.MAX_NAME_LENGTH) {
            errors.add(FieldError.of("name", "validation.tooLong", Customer.MAX_NAME_LENGTH));
        }
        String phone = phone(in.phone());
        if (phone.length() > MAX_PHONE_LENGTH) {
            errors.add(FieldError.of("phone", "validation.tooLong", MAX_PHONE_LENGTH));
        } else if (!phone.isEmpty() && (!PHONE.matcher(phone).matches() || digits(phone).isEmpty())) {
            errors.add(FieldError.of("phone", "orders.validation.phone"));
        }
        String email = clean(in.email());
        if (email.length() > MAX_EMAIL_LENGTH) {
            errors.add(FieldError.of("email", "validation.tooLong", MAX_EMAIL_LENGTH));
        } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.add(FieldError.of("email", "orders.validation.email"));
        }
        return errors;
    }

    /** The customer the input describes; {@code existing} keeps its id and creation time on an update. */
    public static Customer toCustomer(CustomerInput in, Customer existing, Instant now) {
        List<FieldError> errors = errors(in);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Customer(existing == null ? Ids.newIdString() : existing.id(), clean(in.name()), phone(in.phone()),
                clean(in.email()), in.address(), in.note(), existing == null ? now : existing.createdAt(), now);
    }

    /** Full-width digits from a CJK input method become ASCII ones. */
    static String phone(String text) { return clean(text); }

    /** Only the digits: what two spellings of one number have in common. */
    public static String digits(String phone) { return clean(phone).replaceAll("[^0-9]", ""); }

    private static String clean(String s) { return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip(); }
}

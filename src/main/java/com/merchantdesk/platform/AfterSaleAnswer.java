package com.merchantdesk.platform;

/**
 * The request body of the seller's answer to a buyer's after-sale request ({@code POST /v1/after-sales/{id}/answer}):
 * {@code decision} is {@code accept} or {@code reject}. Accepting is followed by a refund naming the request.
 */
public record AfterSaleAnswer(String decision, String note, String deskId) {

    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";
}

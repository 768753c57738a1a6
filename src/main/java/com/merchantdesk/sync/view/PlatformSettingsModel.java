package com.merchantdesk.sync.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.sync.connection.ConnectionProblem;
import com.merchantdesk.sync.connection.ConnectionReport;
import com.merchantdesk.sync.connection.OfferedCertificate;
import com.merchantdesk.sync.connection.PlatformAddress;
import com.merchantdesk.sync.connection.PlatformSetup;
import com.merchantdesk.sync.connection.TokenStore;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * The Platform section's state (FX thread): the address and token as typed, whether a token is stored and where,
 * the test's progress and result, and the certificate offered after a failed certificate check. The token typed is
 * cleared once stored and never shown back. The work (token store, test) runs on the background executor.
 */
public final class PlatformSettingsModel {

    private static final Logger LOG = Logger.getLogger(PlatformSettingsModel.class.getName());

    /** How the last result reads: nothing yet, good news, or a problem. */
    public enum Outcome { NONE, OK, PROBLEM }

    private final Supplier<PlatformSetup> setup;
    private final Executor background;
    private final StatusBarModel status;
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final ReadOnlyStringWrapper tokenState = new ReadOnlyStringWrapper(this, "tokenState", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NONE);
    private final ReadOnlyStringWrapper addressError = new ReadOnlyStringWrapper(this, "addressError", "");
    private final ReadOnlyStringWrapper tokenError = new ReadOnlyStringWrapper(this, "tokenError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<OfferedCertificate> offered = new ReadOnlyObjectWrapper<>(this, "offered");
    private PlatformAddress offeredAt;

    /** @param setup made on first use, off the FX thread (asking for the OS keyring may take a moment) */
    public PlatformSettingsModel(Supplier<PlatformSetup> setup, Executor background, StatusBarModel status) {
        this.setup = setup;
        this.background = background;
        this.status = status;
    }

    public StringProperty addressProperty() { return address; }

    public StringProperty tokenProperty() { return token; }

    public ReadOnlyStringProperty tokenStateProperty() { return tokenState.getReadOnlyProperty(); }

    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }

    public ReadOnlyStringProperty addressErrorProperty() { return addressError.getReadOnlyProperty(); }

    public ReadOnlyStringProperty tokenErrorProperty() { return tokenError.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<OfferedCertificate> offeredProperty() { return offered.getReadOnlyProperty(); }

    /** The address the offered certificate came from. */
    public String offeredAddress() { return offeredAt == null ? "" : offeredAt.key(); }

    /** Reads the saved address and whether a token is stored. */
    public void load() {
        run(step -> {
            PlatformSetup s = setup.get();
            return new Loaded(s.preferences().address(), tokenText(s));
        }, loaded -> {
            address.set(loaded.address());
            tokenState.set(loaded.tokenState());
        });
    }

    private record Loaded(String address, String tokenState) {}

    /** Stores the typed token (and clears the field). */
    public void storeToken() {
        String typed = token.get();
        tokenError.set("");
        run(step -> {
            PlatformSetup s = setup.get();
            s.storeToken(typed);
            return tokenText(s);
        }, state -> {
            token.set("");
            tokenState.set(state);
        });
    }

    public void forgetToken() {
        tokenError.set("");
        run(step -> {
            PlatformSetup s = setup.get();
            s.forgetToken();
            return tokenText(s);
        }, state -> {
            tokenState.set(state);
            show(Outcome.OK, Messages.get("platform.view.token.forgotten"));
        });
    }

    /**
     * Checks the typed address (a refused one goes nowhere and changes nothing), keeps it, stores a typed token, then
     * asks the platform.
     */
    public void test() {
        addressError.set("");
        tokenError.set("");
        offered.set(null);
        PlatformAddress checked;
        try {
            checked = PlatformAddress.parse(address.get());
        } catch (ValidationException refused) {
            String why = words(refused);
            addressError.set(why);
            show(Outcome.PROBLEM, why);
            return;
        }
        address.set(checked.key());
        String typed = token.get();
        show(Outcome.NONE, "");
        if (typed.isBlank()) {
            ask(checked);
            return;
        }
        // The token first, on its own: stored (and the field cleared) even when the test then fails.
        run(step -> {
            PlatformSetup s = setup.get();
            s.storeToken(typed);
            return tokenText(s);
        }, state -> {
            token.set("");
            tokenState.set(state);
            ask(checked);
        });
    }

    private void ask(PlatformAddress checked) {
        run(step -> {
            PlatformSetup s = setup.get();
            s.setAddress(checked.key());
            return new Tested(tokenText(s), s.test(step));
        }, tested -> {
            tokenState.set(tested.tokenState());
            show(Outcome.OK, tested.report().summary());
            status.show(tested.report().lines().get(0));
        });
    }

    private record Tested(String tokenState, ConnectionReport report) {}

    /** Trusts the offered certificate for the address it came from, then tests again. */
    public void trustOffered() {
        OfferedCertificate certificate = offered.get();
        if (certificate == null || offeredAt == null) {
            return;
        }
        PlatformAddress at = offeredAt;
        offered.set(null);
        run(step -> {
            setup.get().trust(at, certificate.fingerprint());
            return at;
        }, trusted -> {
            status.show(Messages.get("platform.view.trusted", certificate.fingerprint(), trusted.key()));
            test();
        });
    }

    private String tokenText(PlatformSetup s) {
        if (!s.tokenStored()) {
            return Messages.get("platform.view.token.none");
        }
        TokenStore.Kind kind = s.tokens().store().kind();
        return Messages.get("platform.view.token.stored", Messages.get("platform.view.store." + kind.name()));
    }

    private void show(Outcome kind, String text) {
        outcome.set(kind);
        result.set(text);
    }

    /** One blocking step that may report progress in words. */
    @FunctionalInterface
    private interface Work<T> {
        T call(Consumer<String> progress) throws Exception;
    }

    private <T> void run(Work<T> work, Consumer<T> onDone) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(this::updateMessage);
            }
        };
        progress.bind(task.messageProperty());
        busy.set(true);
        status.progressProperty().set(-1);
        task.setOnSucceeded(e -> {
            finished();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            failed(task.getException());
        });
        background.execute(task);
    }

    private void finished() {
        progress.unbind();
        progress.set("");
        busy.set(false);
        status.progressProperty().set(0);
    }

    private void failed(Throwable error) {
        if (error instanceof ValidationException refused) {
            String why = words(refused);
            if (refused.errors().stream().anyMatch(f -> f.field().equals(PlatformSetup.TOKEN_FIELD))) {
                tokenError.set(why);
            }
            show(Outcome.PROBLEM, why);
            return;
        }
        if (error instanceof ConnectionProblem problem) {
            problem.certificate().ifPresent(c -> {
                offeredAt = PlatformAddress.parse(address.get());
                offered.set(c);
            });
            show(Outcome.PROBLEM, problem.getMessage());
            return;
        }
        LOG.log(Level.WARNING, "Platform settings failed", error);
        show(Outcome.PROBLEM, BackgroundRunner.describe(error));
    }

    private static String words(ValidationException refused) {
        return refused.errors().stream().map(FieldError::message).collect(Collectors.joining(" "));
    }
}

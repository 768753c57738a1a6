package com.merchantdesk.sync.connection;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import com.merchantdesk.i18n.Messages;
import java.util.Optional;

/**
 * The token in the OS keyring through java-keyring (Secret Service on Linux, the macOS Keychain, the Windows
 * Credential Manager), under the service {@value #SERVICE} and the data folder's path as the account, so two data
 * folders (the seller's shop and the demo) keep two tokens.
 */
final class KeyringTokenStore implements TokenStore {

    static final String SERVICE = "Merchant Desk platform token";

    private final String account;

    KeyringTokenStore(String account) { this.account = account; }

    @Override public Kind kind() { return Kind.KEYRING; }

    @Override
    public Optional<String> read() {
        if (usable(false)) {
            return Optional.empty();
        }
        try (Keyring keyring = Keyring.create()) {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account)).filter(t -> !t.isEmpty());
        } catch (PasswordAccessException none) {
            return Optional.empty();
        } catch (Exception e) {
            throw new TokenStoreException(Messages.get("platform.token.keyringFailed", e.getClass().getSimpleName()), e);
        }
    }

    @Override
    public boolean isStored() { return read().isPresent(); }

    @Override
    public void save(String token) {
        usable(true);
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, account, token);
        } catch (Exception e) {
            throw new TokenStoreException(Messages.get("platform.token.keyringFailed", e.getClass().getSimpleName()), e);
        }
    }

    @Override
    public void delete() {
        if (usable(false)) {
            return;
        }
        try (Keyring keyring = Keyring.create()) {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException none) {
            // nothing stored: nothing to forget
        } catch (Exception e) {
            throw new TokenStoreException(Messages.get("platform.token.keyringFailed", e.getClass().getSimpleName()), e);
        }
    }

    /**
     * Refuses a locked default collection (instead of waiting on an unlock prompt) and, when {@code toSave}, a missing
     * one; returns true when it is missing, so there is nothing to read or forget.
     */
    private static boolean usable(boolean toSave) {
        DefaultCollection.State state = DefaultCollection.state();
        if (state == DefaultCollection.State.LOCKED || toSave && state == DefaultCollection.State.MISSING) {
            throw new TokenStoreException(Messages.get(state == DefaultCollection.State.LOCKED
                    ? "platform.token.keyringLocked" : "platform.token.keyringMissing"), null);
        }
        return state == DefaultCollection.State.MISSING;
    }
}

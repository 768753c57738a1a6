package com.merchantdesk.sync.connection;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token encrypted with AES-256-GCM: the ciphertext in the data folder ({@code platform-token.enc}), the random
 * key in a separate owner-only (0600) file outside it ({@link KeyFolder}). A copied data folder or backup carries
 * no usable token; anything running as the seller's own account can read both files, so this does not protect
 * against that. File layout: {@code MDT1}, a 12-byte random nonce, the ciphertext with its 16-byte tag.
 */
public final class EncryptedFileTokenStore implements TokenStore {

    public static final String CIPHERTEXT_FILE = "platform-token.enc";
    public static final String KEY_FILE = "token.key";
    private static final Logger LOG = Logger.getLogger(EncryptedFileTokenStore.class.getName());
    private static final byte[] MAGIC = "MDT1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTEXT = "merchant-desk platform token".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path keyFile;
    private final Path ciphertextFile;

    /** Refuses a key file inside the data folder: a copy of the folder would then carry the key with the token. */
    public EncryptedFileTokenStore(Path keyFile, Path dataFolder) {
        Path key = keyFile.toAbsolutePath().normalize();
        Path data = dataFolder.toAbsolutePath().normalize();
        if (key.startsWith(data)) {
            throw new IllegalArgumentException(Messages.get("platform.token.keyInsideData", key, data));
        }
        this.keyFile = key;
        this.ciphertextFile = data.resolve(CIPHERTEXT_FILE);
    }

    @Override public Kind kind() { return Kind.ENCRYPTED_FILE; }

    public Path keyFile() { return keyFile; }

    public Path ciphertextFile() { return ciphertextFile; }

    @Override
    public boolean isStored() { return Files.exists(ciphertextFile); }

    @Override
    public Optional<String> read() {
        if (!Files.exists(ciphertextFile)) {
            return Optional.empty();
        }
        try {
            byte[] stored = Files.readAllBytes(ciphertextFile);
            if (!Files.exists(keyFile)) {
                throw new TokenStoreException(Messages.get("platform.token.keyMissing", keyFile), null);
            }
            if (stored.length < MAGIC.length + NONCE_BYTES || !Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new TokenStoreException(Messages.get("platform.token.unreadable", ciphertextFile), null);
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, readKey(),
                    Arrays.copyOfRange(stored, MAGIC.length, MAGIC.length + NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, MAGIC.length + NONCE_BYTES, stored.length - MAGIC.length - NONCE_BYTES);
            try {
                return Optional.of(new String(plain, StandardCharsets.UTF_8));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            // A tag that does not match: another machine's key, or a changed file.
            throw new TokenStoreException(Messages.get("platform.token.unreadable", ciphertextFile), e);
        } catch (IOException e) {
            throw new TokenStoreException(Messages.get("platform.token.ioFailed", e.getMessage()), e);
        }
    }

    @Override
    public void save(String token) {
        byte[] plain = token.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keyForWriting(), nonce).doFinal(plain);
            PrivateFiles.writeWhole(ciphertextFile, out -> {
                out.write(MAGIC);
                out.write(nonce);
                out.write(sealed);
            });
        } catch (GeneralSecurityException | IOException e) {
            throw new TokenStoreException(Messages.get("platform.token.ioFailed", e.getMessage()), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public void delete() {
        try {
            Files.deleteIfExists(ciphertextFile);
        } catch (IOException e) {
            throw new TokenStoreException(Messages.get("platform.token.ioFailed", e.getMessage()), e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(CONTEXT);
        return cipher;
    }

    private SecretKey readKey() throws IOException {
        ownerOnly(keyFile);
        byte[] raw = Files.readAllBytes(keyFile);
        if (raw.length != KEY_BYTES) {
            throw new TokenStoreException(Messages.get("platform.token.keyBroken", keyFile), null);
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** The key, made now (random, 0600, in a 0700 folder) if there is none yet. */
    private SecretKey keyForWriting() throws IOException {
        if (Files.exists(keyFile)) {
            return readKey();
        }
        PrivateFiles.createDirectories(keyFile.getParent());
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        try (FileChannel out = PrivateFiles.createNew(keyFile)) {
            ByteBuffer buffer = ByteBuffer.wrap(raw);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return readKey(); // another process made it first: use theirs
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** A key file others can read is closed to them before use (it may come from a copy that lost its mode). */
    private static void ownerOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return;
        }
        Set<PosixFilePermission> mode = posix.readAttributes().permissions();
        Set<PosixFilePermission> wanted = PosixFilePermissions.fromString("rw-------");
        if (!mode.equals(wanted)) {
            LOG.warning(() -> "The token key " + file + " was " + PosixFilePermissions.toString(mode) + "; set to rw-------");
            posix.setPermissions(wanted);
        }
    }
}

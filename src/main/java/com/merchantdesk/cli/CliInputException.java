package com.merchantdesk.cli;

/** The user's input cannot be used; the message (already in the user's language) says why. Exit code 2. */
final class CliInputException extends RuntimeException {
    CliInputException(String message) { super(message); }
}

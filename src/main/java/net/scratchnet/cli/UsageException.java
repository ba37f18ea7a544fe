package net.scratchnet.cli;

/**
 * The command line itself is wrong (unknown option, missing or bad value): reported as one line starting
 * with "error:" and exit code 2, the convention for usage errors.
 */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}

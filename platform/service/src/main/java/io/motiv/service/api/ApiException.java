package io.motiv.service.api;

/**
 * An error the API reports to its caller, with a stable code in {@code extensions.code}. Its message is meant for
 * the caller: say what was wrong with the request, never how the service is built.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }
}

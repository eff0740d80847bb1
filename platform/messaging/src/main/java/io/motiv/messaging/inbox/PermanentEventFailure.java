package io.motiv.messaging.inbox;

/** A handler's verdict that retrying cannot help (the event contradicts this service's state): dead-letter it now. */
public class PermanentEventFailure extends RuntimeException {

    public PermanentEventFailure(String message) {
        super(message);
    }
}

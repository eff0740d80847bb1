package io.motiv.events;

/** A message that is not a valid event of the contract: unparseable, missing a required field, or of an unknown type. */
public class EventFormatException extends RuntimeException {

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public EventFormatException(String message) {
        super(message);
    }
}

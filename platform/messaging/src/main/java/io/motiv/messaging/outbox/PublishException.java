package io.motiv.messaging.outbox;

/** Publishing stopped at {@code acknowledged}: the events before it are on the broker, the rest are not known to be. */
public class PublishException extends RuntimeException {

    private final int acknowledged;

    public PublishException(int acknowledged, Throwable cause) {
        super("published " + acknowledged + " events, then: " + cause.getMessage(), cause);
        this.acknowledged = acknowledged;
    }

    public int acknowledged() {
        return acknowledged;
    }
}

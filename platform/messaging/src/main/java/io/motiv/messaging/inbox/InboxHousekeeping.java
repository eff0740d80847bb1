package io.motiv.messaging.inbox;

import io.motiv.messaging.MessagingConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Forgets processed event ids after the retention, so the inbox does not grow without bound. */
@ApplicationScoped
public class InboxHousekeeping {

    private final Inbox inbox;
    private final MessagingConfig.Inbox config;

    public InboxHousekeeping(Inbox inbox, MessagingConfig config) {
        this.inbox = inbox;
        this.config = config.inbox();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeProcessedIds() {
        return inbox.purge(config.retention()).replaceWithVoid();
    }
}

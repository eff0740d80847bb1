package io.motiv.profile.consent.api.graphql;

import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

@Name("Consent")
@Description("A consent decision for one purpose.")
public record ConsentView(@NonNull ConsentPurpose purpose, @NonNull ConsentStatus status, @NonNull String source,
                          @NonNull String legalTextVersion,
                          @Description("When the customer decided") @NonNull Instant decidedAt,
                          @Description("When Motiv recorded it") @NonNull Instant recordedAt) {
}

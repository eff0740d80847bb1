package io.motiv.profile.consent.api.graphql;

import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

@Input("RecordConsentInput")
public record RecordConsentInput(@Id @NonNull String customerId, @NonNull ConsentPurpose purpose,
                                 @NonNull ConsentStatus status,
                                 @Description("Where the decision was taken, e.g. web-signup, crm") @NonNull String source,
                                 @Description("Version of the consent text the customer saw") @NonNull String legalTextVersion,
                                 @Description("When the customer decided; now when left out") Instant decidedAt) {
}

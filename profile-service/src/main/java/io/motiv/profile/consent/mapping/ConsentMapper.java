package io.motiv.profile.consent.mapping;

import io.motiv.profile.consent.ConsentRecord;
import io.motiv.profile.consent.api.graphql.ConsentView;
import io.motiv.profile.consent.api.graphql.RecordConsentInput;
import io.motiv.profile.consent.service.RecordConsent;
import io.motiv.service.api.Ids;

import java.util.UUID;

public final class ConsentMapper {

    private ConsentMapper() {
    }

    public static ConsentView toView(ConsentRecord record) {
        return new ConsentView(record.purpose, record.status, record.source, record.legalTextVersion, record.decidedAt,
                record.recordedAt);
    }

    public static RecordConsent toCommand(RecordConsentInput input) {
        return new RecordConsent(UUID.fromString(Ids.requireValid("customerId", input.customerId())), input.purpose(),
                input.status(), input.source(), input.legalTextVersion(), input.decidedAt());
    }
}

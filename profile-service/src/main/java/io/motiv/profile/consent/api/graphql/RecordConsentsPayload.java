package io.motiv.profile.consent.api.graphql;

import io.motiv.service.api.ItemError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("RecordConsentsPayload")
public record RecordConsentsPayload(int recorded, int failed, @NonNull List<@NonNull Result> results) {

    @Name("RecordConsentResult")
    @Description("One per input, in input order: the recorded decision, or why it was not recorded.")
    public record Result(int index, ConsentView consent, ItemError error) {
    }
}

package io.motiv.survey.response.api.graphql;

import io.motiv.service.api.ItemError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("SubmitSurveyResponsesPayload")
public record SubmitSurveyResponsesPayload(
        @Description("Responses stored by this call") int submitted,
        @Description("Items whose clientResponseId had been submitted before (or earlier in the batch)") int duplicates,
        int failed,
        @NonNull List<@NonNull Result> results) {

    @Name("SubmitSurveyResponseResult")
    @Description("One per input, in input order: the stored response (duplicate: submitted before), or why it was not stored.")
    public record Result(int index, SurveyResponseView response, boolean duplicate, ItemError error) {
    }
}

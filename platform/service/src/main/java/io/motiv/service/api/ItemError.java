package io.motiv.service.api;

import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Why one item of a bulk operation was not applied: the code and message the single operation would have answered.
 * The same in every subgraph (hence shareable).
 */
@Name("ItemError")
@Shareable
@Description("Why one item of a batch was not applied: the code (VALIDATION, NOT_FOUND, ...) and message the single operation would answer.")
public record ItemError(@NonNull String code, @NonNull String message) {

    public static ItemError of(ApiException failure) {
        ErrorCode code = failure.getClass().getAnnotation(ErrorCode.class);
        return new ItemError(code == null ? "ERROR" : code.value(), failure.getMessage());
    }
}

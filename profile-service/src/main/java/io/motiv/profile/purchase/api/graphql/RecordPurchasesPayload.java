package io.motiv.profile.purchase.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("RecordPurchasesPayload")
public record RecordPurchasesPayload(int recorded,
                                     @Description("Lines whose orderId was stored before (or earlier in the batch)") int duplicates,
                                     int rejected,
                                     @NonNull List<@NonNull PurchaseError> errors) {

    @Name("PurchaseError")
    public record PurchaseError(@Description("0-based position in the batch") int index, @NonNull String field,
                                @NonNull String message) {
    }
}

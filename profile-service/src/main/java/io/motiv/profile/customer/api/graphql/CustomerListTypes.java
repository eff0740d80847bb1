package io.motiv.profile.customer.api.graphql;

import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.events.profile.CustomerKind;
import io.motiv.profile.customer.profile.AgeBand;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

/** GraphQL types of customer lists and batch registration. */
public final class CustomerListTypes {

    private CustomerListTypes() {
    }

    @Input("CustomerFilter")
    @Description("All given criteria apply together.")
    public record FilterInput(CustomerKind kind, String country, AgeBand ageBand,
                              @Description("With segmentId: customers tagged with that segment; alone: tagged in that segmentation") String segmentationId,
                              String segmentId,
                              @Description("With consentStatus: the customer's current decision for this purpose; alone: never decided") ConsentPurpose consentPurpose,
                              ConsentStatus consentStatus,
                              Instant createdFrom, Instant createdTo, Instant updatedFrom, Instant updatedTo) {
    }

    @Name("CustomerConnection")
    public record Connection(long totalCount, @NonNull List<@NonNull Edge> edges, @NonNull io.motiv.service.api.PageInfo pageInfo) {
    }

    @Name("CustomerEdge")
    public record Edge(@NonNull String cursor, @NonNull CustomerView node) {
    }

    @Name("RegisterCustomersPayload")
    public record BatchPayload(int registered, int failed, @NonNull List<@NonNull BatchResult> results) {
    }

    @Name("RegisterCustomerResult")
    @Description("One per input, in input order: the customer, or why it was not registered.")
    public record BatchResult(int index, CustomerView customer, io.motiv.service.api.ItemError error) {
    }
}

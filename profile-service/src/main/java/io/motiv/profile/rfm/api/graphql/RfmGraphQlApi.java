package io.motiv.profile.rfm.api.graphql;

import java.util.List;
import io.motiv.service.graphql.Batch;
import io.motiv.profile.customer.api.graphql.CustomerView;
import io.motiv.profile.rfm.RfmGroup;
import io.motiv.profile.rfm.service.RfmService;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.util.UUID;

@GraphQLApi
public class RfmGraphQlApi {

    private final RfmService rfm;

    public RfmGraphQlApi(RfmService rfm) {
        this.rfm = rfm;
    }

    @Description("RFM scores (1-5 quintiles of recency, frequency, monetary value over all customers with purchases) as of the last scoring; null before the customer's first scored purchase.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<List<RfmView>> rfm(@Source List<CustomerView> customers) {
        return Batch.of(customers, customer -> UUID.fromString(customer.id()), ids -> Isolated.onOwnContext(() -> rfm.of(ids))
                .map(found -> Batch.mapValues(found, scores -> new RfmView(scores.recency(), scores.frequency(),
                        scores.monetary(), scores.code(), RfmGroup.valueOf(scores.group()), scores.computedAt()))));
    }

    @Mutation("recomputeRfm")
    @Description("Scores every customer now (also done on a schedule). Returns how many were scored.")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Uni<RecomputeResult> recomputeRfm() {
        return rfm.recompute().map(scored -> new RecomputeResult(Math.max(scored, 0), scored >= 0));
    }

    @Name("Rfm")
    public record RfmView(int recencyScore, int frequencyScore, int monetaryScore,
                          @Description("R, F and M scores as digits, e.g. \"545\"") @NonNull String code,
                          @NonNull RfmGroup group, @NonNull Instant computedAt) {
    }

    @Name("RfmRecomputation")
    public record RecomputeResult(int customersScored,
                                  @Description("False when another instance was scoring at the same moment") boolean ran) {
    }
}

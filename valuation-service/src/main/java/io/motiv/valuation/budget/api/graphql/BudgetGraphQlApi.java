package io.motiv.valuation.budget.api.graphql;

import io.motiv.service.api.Ids;
import io.motiv.service.api.Roles;
import io.motiv.valuation.budget.service.AllocationObjective;
import io.motiv.valuation.budget.service.BudgetService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

@GraphQLApi
public class BudgetGraphQlApi {

    private final BudgetService service;

    public BudgetGraphQlApi(BudgetService service) {
        this.service = service;
    }

    @Mutation("allocateBudget")
    @Description("Splits a budget across the segments of the segmentation's latest valuation in proportion to the "
            + "objective's value, each share within [minShare, maxShare] (water-filling). Deterministic; not stored.")
    @RolesAllowed({Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<BudgetAllocationView> allocateBudget(@NonNull @Id String segmentationId, @NonNull BigDecimal budget,
                                                    @DefaultValue("CLV") AllocationObjective objective,
                                                    @DefaultValue("0") double minShare, @DefaultValue("1") double maxShare) {
        return Uni.createFrom().item(() -> Ids.requireValid("segmentationId", segmentationId))
                .chain(id -> service.allocate(id, budget, objective, minShare, maxShare))
                .map(a -> new BudgetAllocationView(a.segmentationId(), a.objective(), a.budget(), a.currency(), a.minShare(),
                        a.maxShare(), a.valuedAt(), a.lines().stream().map(l -> new BudgetAllocationView.Line(l.segmentId(),
                        l.segmentLabel(), l.rank(), l.objectiveValue(), l.share(), l.amount(), l.returnOnSpend(),
                        l.expectedReturn())).toList(), a.expectedReturn()));
    }
}

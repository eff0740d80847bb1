package io.motiv.valuation.budget.api.graphql;

import io.motiv.valuation.budget.service.AllocationObjective;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Name("BudgetAllocation")
@Description("A budget split across a segmentation's segments by expected value (docs/valuation.md, \"Budget allocation\")")
public record BudgetAllocationView(
        @NonNull @Id String segmentationId,
        @NonNull AllocationObjective objective,
        @NonNull BigDecimal budget,
        @NonNull String currency,
        double minShare,
        double maxShare,
        @NonNull @Description("When the valuation the split is based on was made") Instant valuedAt,
        @NonNull List<@NonNull Line> lines,
        @Description("Sum of the lines' expected returns; null when no campaign history gives a return rate") BigDecimal expectedReturn) {

    @Name("BudgetAllocationLine")
    public record Line(@NonNull @Id String segmentId, String segmentLabel,
                       @Description("The segment's rank in the valuation") int rank,
                       @Description("The segment's expected value under the objective") double objectiveValue,
                       double share, @NonNull BigDecimal amount,
                       @Description("Attributed revenue per unit of campaign cost for this segment (or all segments of the segmentation when it has no campaign)")
                       Double returnOnSpend,
                       @Description("amount * returnOnSpend; null without campaign history") BigDecimal expectedReturn) {
    }
}

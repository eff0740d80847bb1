package io.motiv.valuation.campaign.api.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

@Name("CreateCampaignInput")
public record CreateCampaignInput(@NonNull String name, @NonNull @Id String segmentId, @NonNull BigDecimal cost,
                                  @NonNull String currency, @NonNull LocalDate startsOn, @NonNull LocalDate endsOn) {
}

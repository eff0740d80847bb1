package io.motiv.valuation.clv.api.graphql;

import io.motiv.valuation.clv.ClvModelStatus;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

@Name("ClvModel")
@Key(fields = @FieldSet("id"))
@Description("A customer lifetime value model fitted to purchase history (BG/NBD + Gamma-Gamma). Owned by valuation-service.")
public record ClvModelView(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull ClvModelStatus status,
        @NonNull Instant createdAt) {
}

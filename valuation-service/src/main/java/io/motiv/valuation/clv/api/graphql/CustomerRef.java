package io.motiv.valuation.clv.api.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** profile-service's Customer entity, to which this service adds lifetimeValue. */
@Name("Customer")
@Key(fields = @FieldSet("id"))
public record CustomerRef(@Id @NonNull String id) {
}

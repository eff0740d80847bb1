package io.motiv.profile.customer.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ExternalRef")
@Description("The customer's id in a source system (CRM, shop, survey tool); unique per source.")
public record ExternalRefView(@NonNull String source, @NonNull String ref) {
}

package io.motiv.profile.customer.api.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ExternalRefInput")
public record ExternalRefInput(@NonNull String source, @NonNull String ref) {
}

package io.motiv.profile.customer.api.graphql;

import io.motiv.events.profile.CustomerKind;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RegisterCustomerInput")
public record RegisterCustomerInput(@NonNull ExternalRefInput externalRef, @NonNull CustomerKind kind) {
}

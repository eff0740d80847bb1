package io.motiv.profile.customer.api.graphql;

import io.motiv.events.profile.CustomerKind;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Input("RegisterCustomerInput")
public record RegisterCustomerInput(@NonNull ExternalRefInput externalRef, @NonNull CustomerKind kind,
                                    ProfileInputs.PersonInput person, ProfileInputs.LocationInput location,
                                    ProfileInputs.OrganizationInput organization,
                                    ProfileInputs.TechnographicsInput technographics,
                                    List<ProfileInputs.AttributeInput> attributes) {
}

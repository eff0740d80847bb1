package io.motiv.profile.customer.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Input("UpdateCustomerInput")
@Description("A partial update: fields left out stay as they are; name fields to empty in clear (e.g. \"person.phone\").")
public record UpdateCustomerInput(@Id @NonNull String id,
                                  @Description("The version you read; CONFLICT when the customer changed since") long version,
                                  ProfileInputs.PersonInput person, ProfileInputs.LocationInput location,
                                  ProfileInputs.OrganizationInput organization,
                                  ProfileInputs.TechnographicsInput technographics,
                                  List<ProfileInputs.AttributeInput> attributes, List<String> clear) {
}

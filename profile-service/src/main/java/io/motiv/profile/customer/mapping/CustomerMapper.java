package io.motiv.profile.customer.mapping;

import io.motiv.profile.customer.Customer;
import io.motiv.profile.customer.api.graphql.CustomerListTypes;
import io.motiv.profile.customer.api.graphql.CustomerView;
import io.motiv.profile.customer.api.graphql.ExternalRefView;
import io.motiv.profile.customer.api.graphql.ProfileInputs;
import io.motiv.profile.customer.api.graphql.ProfileViews;
import io.motiv.profile.customer.api.graphql.RegisterCustomerInput;
import io.motiv.profile.customer.api.graphql.UpdateCustomerInput;
import io.motiv.profile.customer.profile.Attribute;
import io.motiv.profile.customer.profile.ProfileData;
import io.motiv.profile.customer.service.CustomerFilter;
import io.motiv.profile.customer.service.RegisterCustomer;
import io.motiv.profile.customer.service.UpdateCustomer;
import io.motiv.service.api.Ids;
import io.motiv.service.api.ValidationException;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class CustomerMapper {

    private CustomerMapper() {
    }

    public static CustomerView toView(Customer customer) {
        if (customer == null) {
            return null;
        }
        String id = customer.id.toString();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ProfileViews.PersonView person = new ProfileViews.PersonView(id, customer.name, customer.email, customer.phone,
                customer.birthDate, customer.ageBand(today), customer.gender, customer.incomeBand, customer.education,
                customer.maritalStatus, customer.householdSize);
        ProfileViews.LocationView location = new ProfileViews.LocationView(id, customer.country, customer.region,
                customer.city, customer.postalCode, customer.urbanity);
        ProfileViews.OrganizationView organization = customer.industry == null && customer.companySizeBand == null
                && customer.employees == null && customer.annualRevenue == null ? null
                : new ProfileViews.OrganizationView(customer.industry, customer.companySizeBand, customer.employees,
                customer.annualRevenue);
        return new CustomerView(id, customer.kind, new ExternalRefView(customer.externalSource, customer.externalRef),
                customer.createdAt, customer.updatedAt, customer.version, person, location, organization,
                new ProfileViews.TechnographicsView(List.copyOf(customer.devices), customer.preferredChannel,
                        customer.digitalEngagement),
                customer.attributes.entrySet().stream()
                        .map(entry -> new ProfileViews.AttributeView(entry.getKey(), entry.getValue().type(), entry.getValue().value()))
                        .toList());
    }

    public static CustomerFilter toFilter(CustomerListTypes.FilterInput input) {
        if (input == null) {
            return CustomerFilter.ALL;
        }
        if (input.segmentId() != null && input.segmentationId() == null) {
            throw new ValidationException("filter.segmentId", "needs segmentationId");
        }
        if (input.consentStatus() != null && input.consentPurpose() == null) {
            throw new ValidationException("filter.consentStatus", "needs consentPurpose");
        }
        if (input.country() != null && !input.country().matches("[A-Z]{2}")) {
            throw new ValidationException("filter.country", "must be an ISO 3166-1 alpha-2 code");
        }
        return new CustomerFilter(input.kind(), input.country(), input.ageBand(), input.segmentationId(), input.segmentId(),
                input.consentPurpose(), input.consentStatus(), input.consentPurpose() != null && input.consentStatus() == null,
                input.createdFrom(), input.createdTo(), input.updatedFrom(), input.updatedTo());
    }

    public static RegisterCustomer toCommand(RegisterCustomerInput input, String actor) {
        return new RegisterCustomer(input.externalRef().source(), input.externalRef().ref(), input.kind(),
                profile(input.person(), input.location(), input.organization(), input.technographics(), input.attributes(), List.of()),
                actor);
    }

    public static UpdateCustomer toCommand(UpdateCustomerInput input, String actor) {
        return new UpdateCustomer(UUID.fromString(Ids.requireValid("id", input.id())), input.version(),
                profile(input.person(), input.location(), input.organization(), input.technographics(), input.attributes(),
                        input.clear() == null ? List.of() : input.clear()), actor);
    }

    private static ProfileData profile(ProfileInputs.PersonInput person, ProfileInputs.LocationInput location,
                                       ProfileInputs.OrganizationInput organization,
                                       ProfileInputs.TechnographicsInput technographics,
                                       List<ProfileInputs.AttributeInput> attributes, List<String> clear) {
        Map<String, Attribute> byName = null;
        if (attributes != null) {
            byName = new LinkedHashMap<>();
            for (ProfileInputs.AttributeInput attribute : attributes) {
                if (byName.put(attribute.name(), new Attribute(attribute.type(), attribute.value())) != null) {
                    throw new ValidationException("attributes", "'" + attribute.name() + "' is given twice");
                }
            }
        }
        return new ProfileData(
                person == null ? null : new ProfileData.Person(person.name(), person.email(), person.phone(),
                        person.birthDate(), person.gender(), person.incomeBand(), person.education(), person.maritalStatus(),
                        person.householdSize()),
                location == null ? null : new ProfileData.Location(location.country(), location.region(), location.city(),
                        location.postalCode(), location.urbanity()),
                organization == null ? null : new ProfileData.Organization(organization.industry(),
                        organization.companySizeBand(), organization.employees(), organization.annualRevenue()),
                technographics == null ? null : new ProfileData.Technographics(technographics.devices(),
                        technographics.preferredChannel(), technographics.digitalEngagement()),
                byName, clear);
    }
}

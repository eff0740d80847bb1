package io.motiv.profile.customer.api.graphql;

import io.motiv.profile.customer.profile.AttributeType;
import io.motiv.profile.customer.profile.Channel;
import io.motiv.profile.customer.profile.CompanySizeBand;
import io.motiv.profile.customer.profile.Education;
import io.motiv.profile.customer.profile.EngagementLevel;
import io.motiv.profile.customer.profile.Gender;
import io.motiv.profile.customer.profile.IncomeBand;
import io.motiv.profile.customer.profile.MaritalStatus;
import io.motiv.profile.customer.profile.Urbanity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** GraphQL inputs of profile data. */
public final class ProfileInputs {

    private ProfileInputs() {
    }

    @Input("PersonInput")
    public record PersonInput(String name, String email, String phone, LocalDate birthDate, Gender gender,
                              IncomeBand incomeBand, Education education, MaritalStatus maritalStatus,
                              Integer householdSize) {
    }

    @Input("LocationInput")
    public record LocationInput(@Description("ISO 3166-1 alpha-2, e.g. DE") String country, String region, String city,
                                String postalCode, Urbanity urbanity) {
    }

    @Input("OrganizationInput")
    public record OrganizationInput(String industry, CompanySizeBand companySizeBand, Integer employees,
                                    BigDecimal annualRevenue) {
    }

    @Input("TechnographicsInput")
    public record TechnographicsInput(List<String> devices, Channel preferredChannel, EngagementLevel digitalEngagement) {
    }

    @Input("AttributeInput")
    public record AttributeInput(@Description("lower_snake_case") @NonNull String name, @NonNull AttributeType type,
                                 @Description("true/false, a number, an ISO date or text, per type") @NonNull String value) {
    }
}

package io.motiv.profile.customer.api.graphql;

import io.motiv.profile.customer.profile.AgeBand;
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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** GraphQL types of profile data. Personal fields are resolved by PersonalDataGraphQlApi, for stewards and admins. */
public final class ProfileViews {

    private ProfileViews() {
    }

    @Name("Person")
    @Description("name, email, phone and birthDate are personal data: null with a forbidden error for roles other than steward and admin.")
    public record PersonView(@Ignore String customerId, @Ignore String name, @Ignore String email, @Ignore String phone,
                             @Ignore LocalDate birthDate, AgeBand ageBand, Gender gender, IncomeBand incomeBand,
                             Education education, MaritalStatus maritalStatus, Integer householdSize) {
    }

    @Name("Location")
    @Description("postalCode is personal data.")
    public record LocationView(@Ignore String customerId, String country, String region, String city,
                               @Ignore String postalCode, Urbanity urbanity) {
    }

    @Name("Organization")
    public record OrganizationView(String industry, CompanySizeBand companySizeBand, Integer employees,
                                   BigDecimal annualRevenue) {
    }

    @Name("Technographics")
    public record TechnographicsView(@NonNull List<@NonNull String> devices, Channel preferredChannel,
                                     EngagementLevel digitalEngagement) {
    }

    @Name("Attribute")
    public record AttributeView(@NonNull String name, @NonNull AttributeType type, @NonNull String value) {
    }
}

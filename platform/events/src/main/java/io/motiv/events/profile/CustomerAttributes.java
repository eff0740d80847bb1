package io.motiv.events.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * The attributes other services may segment on. Deliberately no directly identifying data (name, email, phone,
 * birth date, postal code): those never leave profile-service. Every field is optional.
 *
 * @param country ISO 3166-1 alpha-2
 * @param urbanity URBAN, SUBURBAN or RURAL
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerAttributes(
        String ageBand,
        String gender,
        String incomeBand,
        String education,
        String maritalStatus,
        Integer householdSize,
        String country,
        String region,
        String urbanity,
        String industry,
        String companySizeBand,
        Integer employees,
        BigDecimal annualRevenue,
        String preferredChannel,
        String digitalEngagement) {
}

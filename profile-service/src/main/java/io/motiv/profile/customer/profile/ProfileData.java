package io.motiv.profile.customer.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Profile fields as callers give them. In an update, a null part or field means "leave as it is"; fields to be
 * emptied are named in {@code clear}.
 */
public record ProfileData(Person person, Location location, Organization organization, Technographics technographics,
                          Map<String, Attribute> attributes, List<String> clear) {

    public static final ProfileData EMPTY = new ProfileData(null, null, null, null, null, List.of());

    /** Name, email, phone and birth date are personal data: only stewards and admins see them. */
    public record Person(String name, String email, String phone, LocalDate birthDate, Gender gender,
                         IncomeBand incomeBand, Education education, MaritalStatus maritalStatus, Integer householdSize) {
    }

    /** The postal code is personal data. */
    public record Location(String country, String region, String city, String postalCode, Urbanity urbanity) {
    }

    public record Organization(String industry, CompanySizeBand companySizeBand, Integer employees, BigDecimal annualRevenue) {
    }

    public record Technographics(List<String> devices, Channel preferredChannel, EngagementLevel digitalEngagement) {
    }
}

package io.motiv.profile.customer.profile;

import io.motiv.profile.customer.Customer;
import io.motiv.service.api.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Applies profile data to a customer and tells which fields changed (for the audit log and events). */
public final class ProfileApplier {

    /** Fields {@code clear} may name. */
    public static final Set<String> CLEARABLE = Set.of("person.name", "person.email", "person.phone", "person.birthDate",
            "person.gender", "person.incomeBand", "person.education", "person.maritalStatus", "person.householdSize",
            "location.country", "location.region", "location.city", "location.postalCode", "location.urbanity",
            "organization.industry", "organization.companySizeBand", "organization.employees", "organization.annualRevenue",
            "technographics.devices", "technographics.preferredChannel", "technographics.digitalEngagement");
    /** Personal data: who reads or changes these is audited. */
    public static final Set<String> PERSONAL = Set.of("person.name", "person.email", "person.phone", "person.birthDate",
            "location.postalCode");

    private ProfileApplier() {
    }

    /** @return the names of the fields whose value changed */
    public static Set<String> apply(Customer customer, ProfileData profile) {
        Set<String> changed = new TreeSet<>();
        for (String field : profile.clear() == null ? List.<String>of() : profile.clear()) {
            if (!CLEARABLE.contains(field)) {
                throw new ValidationException("clear", "'" + field + "' is not a field that can be cleared");
            }
            clear(customer, field, changed);
        }
        var person = profile.person();
        if (person != null) {
            set(customer, "person.name", person.name(), changed);
            set(customer, "person.email", person.email() == null ? null : person.email().toLowerCase(java.util.Locale.ROOT), changed);
            set(customer, "person.phone", person.phone(), changed);
            set(customer, "person.birthDate", person.birthDate(), changed);
            set(customer, "person.gender", person.gender(), changed);
            set(customer, "person.incomeBand", person.incomeBand(), changed);
            set(customer, "person.education", person.education(), changed);
            set(customer, "person.maritalStatus", person.maritalStatus(), changed);
            set(customer, "person.householdSize", person.householdSize(), changed);
        }
        var location = profile.location();
        if (location != null) {
            set(customer, "location.country", location.country(), changed);
            set(customer, "location.region", location.region(), changed);
            set(customer, "location.city", location.city(), changed);
            set(customer, "location.postalCode", location.postalCode(), changed);
            set(customer, "location.urbanity", location.urbanity(), changed);
        }
        var organization = profile.organization();
        if (organization != null) {
            set(customer, "organization.industry", organization.industry(), changed);
            set(customer, "organization.companySizeBand", organization.companySizeBand(), changed);
            set(customer, "organization.employees", organization.employees(), changed);
            set(customer, "organization.annualRevenue", organization.annualRevenue(), changed);
        }
        var technographics = profile.technographics();
        if (technographics != null) {
            set(customer, "technographics.devices", technographics.devices(), changed);
            set(customer, "technographics.preferredChannel", technographics.preferredChannel(), changed);
            set(customer, "technographics.digitalEngagement", technographics.digitalEngagement(), changed);
        }
        if (profile.attributes() != null && !profile.attributes().equals(customer.attributes)) {
            Map<String, Attribute> merged = new LinkedHashMap<>(customer.attributes);
            merged.putAll(profile.attributes());
            if (!merged.equals(customer.attributes)) {
                customer.attributes = merged;
                changed.add("attributes");
            }
        }
        return changed;
    }

    /** A null value leaves the field as it is; emptying a field is what {@code clear} is for. */
    private static void set(Customer customer, String field, Object value, Set<String> changed) {
        if (value != null && !same(value, current(customer, field))) {
            write(customer, field, value);
            changed.add(field);
        }
    }

    private static void clear(Customer customer, String field, Set<String> changed) {
        if (current(customer, field) != null) {
            write(customer, field, null);
            changed.add(field);
        }
    }

    private static boolean same(Object value, Object current) {
        if (value instanceof java.math.BigDecimal number && current instanceof java.math.BigDecimal other) {
            return number.compareTo(other) == 0;
        }
        return value.equals(current);
    }

    private static Object current(Customer customer, String field) {
        return switch (field) {
            case "person.name" -> customer.name;
            case "person.email" -> customer.email;
            case "person.phone" -> customer.phone;
            case "person.birthDate" -> customer.birthDate;
            case "person.gender" -> customer.gender;
            case "person.incomeBand" -> customer.incomeBand;
            case "person.education" -> customer.education;
            case "person.maritalStatus" -> customer.maritalStatus;
            case "person.householdSize" -> customer.householdSize;
            case "location.country" -> customer.country;
            case "location.region" -> customer.region;
            case "location.city" -> customer.city;
            case "location.postalCode" -> customer.postalCode;
            case "location.urbanity" -> customer.urbanity;
            case "organization.industry" -> customer.industry;
            case "organization.companySizeBand" -> customer.companySizeBand;
            case "organization.employees" -> customer.employees;
            case "organization.annualRevenue" -> customer.annualRevenue;
            case "technographics.devices" -> customer.devices.isEmpty() ? null : customer.devices;
            case "technographics.preferredChannel" -> customer.preferredChannel;
            case "technographics.digitalEngagement" -> customer.digitalEngagement;
            default -> throw new IllegalArgumentException(field);
        };
    }

    @SuppressWarnings("unchecked")
    private static void write(Customer customer, String field, Object value) {
        switch (field) {
            case "person.name" -> customer.name = (String) value;
            case "person.email" -> customer.email = (String) value;
            case "person.phone" -> customer.phone = (String) value;
            case "person.birthDate" -> customer.birthDate = (java.time.LocalDate) value;
            case "person.gender" -> customer.gender = (Gender) value;
            case "person.incomeBand" -> customer.incomeBand = (IncomeBand) value;
            case "person.education" -> customer.education = (Education) value;
            case "person.maritalStatus" -> customer.maritalStatus = (MaritalStatus) value;
            case "person.householdSize" -> customer.householdSize = (Integer) value;
            case "location.country" -> customer.country = (String) value;
            case "location.region" -> customer.region = (String) value;
            case "location.city" -> customer.city = (String) value;
            case "location.postalCode" -> customer.postalCode = (String) value;
            case "location.urbanity" -> customer.urbanity = (Urbanity) value;
            case "organization.industry" -> customer.industry = (String) value;
            case "organization.companySizeBand" -> customer.companySizeBand = (CompanySizeBand) value;
            case "organization.employees" -> customer.employees = (Integer) value;
            case "organization.annualRevenue" -> customer.annualRevenue = (java.math.BigDecimal) value;
            case "technographics.devices" -> customer.devices = value == null ? new ArrayList<>() : new ArrayList<>((List<String>) value);
            case "technographics.preferredChannel" -> customer.preferredChannel = (Channel) value;
            case "technographics.digitalEngagement" -> customer.digitalEngagement = (EngagementLevel) value;
            default -> throw new IllegalArgumentException(field);
        }
    }
}

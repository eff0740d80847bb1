package io.motiv.profile.customer.profile;

import io.motiv.events.profile.CustomerKind;
import io.motiv.service.api.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Field-by-field checks of profile data; every error names its field. */
public final class ProfileValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,31}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,15}");
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _./-]{0,39}");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final int MAX_ATTRIBUTES = 50;
    private static final int MAX_DEVICES = 20;

    private ProfileValidator() {
    }

    public static void validate(CustomerKind kind, ProfileData profile, LocalDate today) {
        if (profile.person() != null) {
            validatePerson(kind, profile.person(), today);
        }
        if (profile.location() != null) {
            validateLocation(profile.location());
        }
        if (profile.organization() != null) {
            validateOrganization(kind, profile.organization());
        }
        if (profile.technographics() != null && profile.technographics().devices() != null) {
            var devices = profile.technographics().devices();
            if (devices.size() > MAX_DEVICES || devices.stream().anyMatch(device -> device == null || !DEVICE.matcher(device).matches())) {
                throw new ValidationException("technographics.devices", "at most " + MAX_DEVICES + " names of 1-40 letters, digits or ' _./-'");
            }
        }
        if (profile.attributes() != null) {
            validateAttributes(profile.attributes());
        }
    }

    private static void validatePerson(CustomerKind kind, ProfileData.Person person, LocalDate today) {
        if (kind == CustomerKind.ORGANIZATION && (person.birthDate() != null || person.gender() != null
                || person.maritalStatus() != null || person.householdSize() != null)) {
            throw new ValidationException("person", "birth date, gender, marital status and household size describe a PERSON, not an ORGANIZATION");
        }
        text("person.name", person.name(), 200);
        if (person.email() != null && (person.email().length() > 254 || !EMAIL.matcher(person.email()).matches())) {
            throw new ValidationException("person.email", "'" + person.email() + "' is not an email address");
        }
        if (person.phone() != null && !PHONE.matcher(person.phone()).matches()) {
            throw new ValidationException("person.phone", "must be 5-32 digits, spaces or '()./-', optionally starting with +");
        }
        if (person.birthDate() != null) {
            if (person.birthDate().isAfter(today)) {
                throw new ValidationException("person.birthDate", "is in the future");
            }
            if (person.birthDate().isBefore(EARLIEST_BIRTH)) {
                throw new ValidationException("person.birthDate", "is before 1900");
            }
        }
        if (person.householdSize() != null && (person.householdSize() < 1 || person.householdSize() > 20)) {
            throw new ValidationException("person.householdSize", "must be 1-20");
        }
    }

    private static void validateLocation(ProfileData.Location location) {
        if (location.country() != null && !COUNTRIES.contains(location.country())) {
            throw new ValidationException("location.country", "'" + location.country() + "' is not an ISO 3166-1 alpha-2 country code");
        }
        text("location.region", location.region(), 100);
        text("location.city", location.city(), 100);
        if (location.postalCode() != null && !POSTAL_CODE.matcher(location.postalCode()).matches()) {
            throw new ValidationException("location.postalCode", "must be 2-16 letters, digits, spaces or '-'");
        }
    }

    private static void validateOrganization(CustomerKind kind, ProfileData.Organization organization) {
        if (kind == CustomerKind.PERSON && (organization.companySizeBand() != null || organization.employees() != null
                || organization.annualRevenue() != null)) {
            throw new ValidationException("organization", "company size, employees and annual revenue describe an ORGANIZATION, not a PERSON");
        }
        text("organization.industry", organization.industry(), 100);
        if (organization.employees() != null && (organization.employees() < 0 || organization.employees() > 10_000_000)) {
            throw new ValidationException("organization.employees", "must be 0-10,000,000");
        }
        if (organization.annualRevenue() != null && organization.annualRevenue().signum() < 0) {
            throw new ValidationException("organization.annualRevenue", "must not be negative");
        }
    }

    private static void validateAttributes(Map<String, Attribute> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new ValidationException("attributes", "at most " + MAX_ATTRIBUTES + " attributes");
        }
        attributes.forEach((name, attribute) -> {
            String field = "attributes." + name;
            if (!ATTRIBUTE_NAME.matcher(name).matches()) {
                throw new ValidationException("attributes", "name '" + name + "' must be 1-64 lower-case letters, digits or '_'");
            }
            if (attribute.type() == null || attribute.value() == null) {
                throw new ValidationException(field, "needs a type and a value");
            }
            String value = attribute.value();
            switch (attribute.type()) {
                case STRING -> text(field, value, 500);
                case NUMBER -> {
                    try {
                        new BigDecimal(value);
                    } catch (NumberFormatException e) {
                        throw new ValidationException(field, "'" + value + "' is not a number");
                    }
                }
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new ValidationException(field, "must be true or false");
                    }
                }
                case DATE -> {
                    try {
                        LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new ValidationException(field, "'" + value + "' is not an ISO date (YYYY-MM-DD)");
                    }
                }
            }
        });
    }

    private static void text(String field, String value, int max) {
        if (value != null && (value.isBlank() || value.length() > max)) {
            throw new ValidationException(field, "must be 1-" + max + " characters");
        }
    }
}

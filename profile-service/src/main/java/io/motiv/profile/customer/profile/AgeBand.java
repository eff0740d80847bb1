package io.motiv.profile.customer.profile;

import java.time.LocalDate;
import java.time.Period;

/** Age bands as segmentation and reports use them; derived from the birth date, which itself stays personal. */
public enum AgeBand {
    UNDER_18, AGE_18_24, AGE_25_34, AGE_35_44, AGE_45_54, AGE_55_64, AGE_65_PLUS;

    public static AgeBand of(LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        if (age < 18) {
            return UNDER_18;
        } else if (age < 25) {
            return AGE_18_24;
        } else if (age < 35) {
            return AGE_25_34;
        } else if (age < 45) {
            return AGE_35_44;
        } else if (age < 55) {
            return AGE_45_54;
        } else if (age < 65) {
            return AGE_55_64;
        }
        return AGE_65_PLUS;
    }
}

package io.motiv.profile.rfm;

/**
 * Named RFM groups from recency (R) and frequency (F) scores, after the common RFM segment map:
 * CHAMPIONS R>=4 F>=4; LOYAL R=3 F>=4; NEW R>=4 F=1; POTENTIAL_LOYALISTS R>=4 F 2-3; AT_RISK R<=2 F>=3;
 * HIBERNATING R<=2 F<=2; NEED_ATTENTION the rest (R=3 F<=3).
 */
public enum RfmGroup {
    CHAMPIONS, LOYAL, NEW, POTENTIAL_LOYALISTS, AT_RISK, HIBERNATING, NEED_ATTENTION;

    /** The same rule as the SQL that scores the population (RfmService), for tests and documentation. */
    public static RfmGroup of(int recency, int frequency) {
        if (recency >= 4 && frequency >= 4) {
            return CHAMPIONS;
        } else if (recency >= 3 && frequency >= 4) {
            return LOYAL;
        } else if (recency >= 4 && frequency == 1) {
            return NEW;
        } else if (recency >= 4) {
            return POTENTIAL_LOYALISTS;
        } else if (recency <= 2 && frequency >= 3) {
            return AT_RISK;
        } else if (recency <= 2) {
            return HIBERNATING;
        }
        return NEED_ATTENTION;
    }
}

package iq.tsh.erp.bff.common;

import java.util.Locale;

/** The app's language from {@code Accept-Language}: Arabic when asked for first, English otherwise. */
public enum Language {
    EN,
    AR;

    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null) {
            return EN;
        }
        return acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("ar") ? AR : EN;
    }

    /** The Arabic text when Arabic is wanted and there is one, else the default text. */
    public String pick(String text, String arabic) {
        return this == AR && arabic != null ? arabic : text;
    }
}

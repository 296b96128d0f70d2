package vn.motcua.shared.rest;

import vn.motcua.shared.view.FacesMessages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The public API's messages: the pages' bundle, Vietnamese unless the caller asks ?lang=en. */
public final class ApiMessages {

    private ApiMessages() {
    }

    public static String text(String lang, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(FacesMessages.BUNDLE,
                "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
        return arguments.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}

package vn.motcua.shared.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import vn.motcua.shared.boundary.Clocks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dues and appointments as the receipt words them, to the minute: HH:mm dd/MM/yyyy, Vietnam time. Output only. */
@FacesConverter(value = "motcua.minute", managed = true)
public class MinuteConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Clocks.VIETNAM);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("instants are displayed, never typed in");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}

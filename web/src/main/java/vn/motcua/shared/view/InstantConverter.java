package vn.motcua.shared.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import vn.motcua.shared.boundary.Clocks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Shows an instant as the offices read time: HH:mm:ss dd/MM/yyyy in Vietnam's time zone. Output only. */
@FacesConverter(value = "motcua.instant", managed = true)
public class InstantConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(Clocks.VIETNAM);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("instants are displayed, never typed in");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}

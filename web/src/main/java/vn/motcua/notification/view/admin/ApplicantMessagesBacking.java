package vn.motcua.notification.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.notification.boundary.ApplicantDelivery;
import vn.motcua.notification.boundary.DeliveryFailureDto;
import vn.motcua.notification.boundary.NotificationTemplateDto;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** admin/applicant-messages.xhtml: edit the e-mail and SMS templates, see what failed to go out and send it again. */
@Named
@ViewScoped
public class ApplicantMessagesBacking implements Serializable {

    @Inject
    private ApplicantDelivery delivery;

    private List<NotificationTemplateDto> templates;
    private List<DeliveryFailureDto> failures;
    private NotificationTemplateDto editing;
    private String subject;
    private String body;

    @PostConstruct
    void load() {
        templates = delivery.templates();
        failures = delivery.failures();
    }

    public void edit(NotificationTemplateDto template) {
        editing = template;
        subject = template.subject();
        body = template.body();
    }

    public void save() {
        try {
            delivery.saveTemplate(editing.topic(), editing.channel(), subject, body);
            FacesMessages.info("notification.templates.saved");
            editing = null;
            load();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void retry(DeliveryFailureDto failure) {
        try {
            delivery.retry(failure.deliveryId());
            FacesMessages.info("notification.failures.retried");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        load();
    }

    public List<NotificationTemplateDto> getTemplates() { return templates; }
    public List<DeliveryFailureDto> getFailures() { return failures; }
    public NotificationTemplateDto getEditing() { return editing; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}

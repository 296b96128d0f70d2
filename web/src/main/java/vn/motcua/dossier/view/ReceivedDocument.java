package vn.motcua.dossier.view;

import vn.motcua.catalog.boundary.RequiredDocumentDto;
import vn.motcua.catalog.entity.DocumentForm;

import vn.motcua.dossier.boundary.FileUploadDto;

import java.io.Serializable;

/** One line of the reception checklist: a required document, ticked when handed in, with its count. */
public class ReceivedDocument implements Serializable {

    private final String name;
    private final boolean mandatory;
    private DocumentForm form;
    private int count;
    private boolean received;
    private String scanName;
    private byte[] scan;

    ReceivedDocument(RequiredDocumentDto required) {
        this.name = required.name();
        this.mandatory = required.condition() == null;
        this.form = required.form();
        this.count = required.copies() == null ? 1 : required.copies();
    }

    public String getName() {
        return name;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public DocumentForm getForm() {
        return form;
    }

    public void setForm(DocumentForm form) {
        this.form = form;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public boolean isReceived() {
        return received;
    }

    public void setReceived(boolean received) {
        this.received = received;
    }

    /** A scan attached to this line; attaching one also ticks the line as received. */
    void attachScan(String fileName, byte[] content) {
        this.scanName = fileName;
        this.scan = content;
        this.received = true;
    }

    public String getScanName() {
        return scanName;
    }

    FileUploadDto scan() {
        return scan == null ? null : new FileUploadDto(scanName, scan);
    }
}

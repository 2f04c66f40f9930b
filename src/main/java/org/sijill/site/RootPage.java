package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** {@code /index.html}: the bilingual chooser. */
@JsonTypeName("root")
public record RootPage(
    Parts.Head head, Txt titleAr, Txt titleEn, Txt descriptionAr, Txt descriptionEn)
    implements Page {}

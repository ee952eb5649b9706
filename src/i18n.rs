//! Words: the verdicts, the phrases that put a residual condition into a
//! sentence, and the few interface strings, in English, Spanish and French.

use crate::catalog::Catalog;
use crate::condition::{Condition, Relation};
use crate::model::{LabelKind, Lang, Scope, Tool, ToolKey};

/// A user-interface string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    Yes,
    No,
    OnlyIf,
    Footnotes,
    Unverified,
    /// Beside the name of an action whose cells were not all checked.
    UnverifiedMark,
    /// Under a list of actions some of which carry [`Ui::UnverifiedMark`].
    UnverifiedSome,
    RuleApplied,
    RulePossible,
    ByLevel,
    /// The mark for a conditional cell in a row of levels.
    IfMark,
    /// Under `show`'s table: what its marks mean.
    Legend,
    GlobalRule,
    Or,
    And,
}

/// A table column's heading for people; scripts (CSV) get the id itself.
pub fn column(lang: Lang, id: &'static str) -> &'static str {
    use Lang::*;
    match (id, lang) {
        ("action", Es) => "acción",
        ("name", Es) => "nombre",
        ("level", Es) => "nivel",
        ("answer", Es) => "respuesta",
        ("condition", Es) => "condición",
        ("notes", Es) => "notas",
        ("name", Fr) => "nom",
        ("level", Fr) => "niveau",
        ("answer", Fr) => "réponse",
        ("notes", Fr) => "notes",
        _ => id,
    }
}

/// A scope in words, for titles.
pub fn scope_name(lang: Lang, scope: Scope) -> &'static str {
    match (scope, lang) {
        (Scope::Company, Lang::En) => "company",
        (Scope::Company, Lang::Es) => "empresa",
        (Scope::Company, Lang::Fr) => "entreprise",
        (Scope::Project, Lang::En) => "project",
        (Scope::Project, Lang::Es) => "proyecto",
        (Scope::Project, Lang::Fr) => "projet",
    }
}

/// The interface string in a language.
pub fn ui(lang: Lang, text: Ui) -> &'static str {
    use Lang::*;
    match (text, lang) {
        (Ui::Yes, En) => "yes",
        (Ui::Yes, Es) => "sí",
        (Ui::Yes, Fr) => "oui",
        (Ui::No, En) => "no",
        (Ui::No, Es) => "no",
        (Ui::No, Fr) => "non",
        (Ui::OnlyIf, En) => "only if",
        (Ui::OnlyIf, Es) => "solo si",
        (Ui::OnlyIf, Fr) => "seulement si",
        (Ui::Footnotes, En) => "Footnotes",
        (Ui::Footnotes, Es) => "Notas",
        (Ui::Footnotes, Fr) => "Notes",
        (Ui::Unverified, En) => {
            "warning: this action's cells could not all be checked against an official Procore page"
        }
        (Ui::Unverified, Es) => {
            "aviso: no se pudieron comprobar todas las celdas de esta acción con una página oficial de Procore"
        }
        (Ui::Unverified, Fr) => {
            "avertissement : les cellules de cette action n'ont pas toutes pu être vérifiées sur une page officielle de Procore"
        }
        (Ui::UnverifiedMark, En) => "(unverified)",
        (Ui::UnverifiedMark, Es) => "(sin verificar)",
        (Ui::UnverifiedMark, Fr) => "(non vérifiée)",
        (Ui::UnverifiedSome, En) => {
            "warning: the cells of the actions marked (unverified) could not all be checked against an official Procore page"
        }
        (Ui::UnverifiedSome, Es) => {
            "aviso: no se pudieron comprobar todas las celdas de las acciones marcadas (sin verificar) con una página oficial de Procore"
        }
        (Ui::UnverifiedSome, Fr) => {
            "avertissement : les cellules des actions marquées (non vérifiée) n'ont pas toutes pu être vérifiées sur une page officielle de Procore"
        }
        (Ui::RuleApplied, En) => "applied global rule",
        (Ui::RuleApplied, Es) => "regla global aplicada",
        (Ui::RuleApplied, Fr) => "règle globale appliquée",
        (Ui::RulePossible, En) => "also allowed if",
        (Ui::RulePossible, Es) => "también permitido si",
        (Ui::RulePossible, Fr) => "aussi permis si",
        (Ui::IfMark, En) => "if",
        (Ui::IfMark, Es) => "si",
        (Ui::IfMark, Fr) => "si",
        (Ui::Legend, En) => {
            "✓ allowed · if: allowed under a condition (`permq can` says which) · — denied · [n] footnotes"
        }
        (Ui::Legend, Es) => {
            "✓ permitido · si: permitido bajo una condición (`permq can` dice cuál) · — denegado · [n] notas"
        }
        (Ui::Legend, Fr) => {
            "✓ permis · si : permis sous une condition (`permq can` dit laquelle) · — refusé · [n] notes"
        }
        (Ui::ByLevel, En) => "by level",
        (Ui::ByLevel, Es) => "por nivel",
        (Ui::ByLevel, Fr) => "par niveau",
        (Ui::GlobalRule, En) => "global rule",
        (Ui::GlobalRule, Es) => "regla global",
        (Ui::GlobalRule, Fr) => "règle globale",
        (Ui::Or, En) => "or",
        (Ui::Or, Es) => "o",
        (Ui::Or, Fr) => "ou",
        (Ui::And, En) => "and",
        (Ui::And, Es) => "y",
        (Ui::And, Fr) => "et",
    }
}

/// A relation fact as a clause, positive or negated.
fn relation_phrase(relation: Relation, lang: Lang, holds: bool) -> &'static str {
    use Lang::*;
    use Relation::*;
    match (relation, lang, holds) {
        (Creator, En, true) => "you created {item}",
        (Creator, En, false) => "you did not create {item}",
        (Creator, Es, true) => "usted creó {item}",
        (Creator, Es, false) => "usted no creó {item}",
        (Creator, Fr, true) => "vous avez créé {item}",
        (Creator, Fr, false) => "vous n'avez pas créé {item}",
        (Assignee, En, true) => "you are an assignee of {item}",
        (Assignee, En, false) => "you are not an assignee of {item}",
        (Assignee, Es, true) => "usted es un responsable asignado de {item}",
        (Assignee, Es, false) => "usted no es un responsable asignado de {item}",
        (Assignee, Fr, true) => "vous êtes un des responsables assignés de {item}",
        (Assignee, Fr, false) => "vous n'êtes pas un des responsables assignés de {item}",
        (Manager, En, true) => "you are the manager of {item}",
        (Manager, En, false) => "you are not the manager of {item}",
        (Manager, Es, true) => "usted es el gestor de {item}",
        (Manager, Es, false) => "usted no es el gestor de {item}",
        (Manager, Fr, true) => "vous êtes le gestionnaire de {item}",
        (Manager, Fr, false) => "vous n'êtes pas le gestionnaire de {item}",
        (Distribution, En, true) => "you are on the distribution list of {item}",
        (Distribution, En, false) => "you are not on the distribution list of {item}",
        (Distribution, Es, true) => "usted está en la lista de distribución de {item}",
        (Distribution, Es, false) => "usted no está en la lista de distribución de {item}",
        (Distribution, Fr, true) => "vous êtes sur la liste de distribution de {item}",
        (Distribution, Fr, false) => "vous n'êtes pas sur la liste de distribution de {item}",
        (PrivateList, En, true) => "you are on the private list of {item}",
        (PrivateList, En, false) => "you are not on the private list of {item}",
        (PrivateList, Es, true) => "usted está en la lista privada de {item}",
        (PrivateList, Es, false) => "usted no está en la lista privada de {item}",
        (PrivateList, Fr, true) => "vous êtes sur la liste privée de {item}",
        (PrivateList, Fr, false) => "vous n'êtes pas sur la liste privée de {item}",
        (Approver, En, true) => "you are an approver of {item}",
        (Approver, En, false) => "you are not an approver of {item}",
        (Approver, Es, true) => "usted es un aprobador de {item}",
        (Approver, Es, false) => "usted no es un aprobador de {item}",
        (Approver, Fr, true) => "vous êtes un approbateur de {item}",
        (Approver, Fr, false) => "vous n'êtes pas un approbateur de {item}",
        (FinalApprover, En, true) => "you are the final approver of {item}",
        (FinalApprover, En, false) => "you are not the final approver of {item}",
        (FinalApprover, Es, true) => "usted es el aprobador final de {item}",
        (FinalApprover, Es, false) => "usted no es el aprobador final de {item}",
        (FinalApprover, Fr, true) => "vous êtes l'approbateur final de {item}",
        (FinalApprover, Fr, false) => "vous n'êtes pas l'approbateur final de {item}",
        (Reviewer, En, true) => "you are a reviewer of {item}",
        (Reviewer, En, false) => "you are not a reviewer of {item}",
        (Reviewer, Es, true) => "usted es un revisor de {item}",
        (Reviewer, Es, false) => "usted no es un revisor de {item}",
        (Reviewer, Fr, true) => "vous êtes un réviseur de {item}",
        (Reviewer, Fr, false) => "vous n'êtes pas un réviseur de {item}",
        (BallInCourt, En, true) => "the ball is in your court",
        (BallInCourt, En, false) => "the ball is not in your court",
        (BallInCourt, Es, true) => "la pelota está en su tejado",
        (BallInCourt, Es, false) => "la pelota no está en su tejado",
        (BallInCourt, Fr, true) => "la balle est dans votre camp",
        (BallInCourt, Fr, false) => "la balle n'est pas dans votre camp",
        (CrewLead, En, true) => "you lead the crew",
        (CrewLead, En, false) => "you do not lead the crew",
        (CrewLead, Es, true) => "usted es el jefe de la cuadrilla",
        (CrewLead, Es, false) => "usted no es el jefe de la cuadrilla",
        (CrewLead, Fr, true) => "vous êtes le chef de l'équipe",
        (CrewLead, Fr, false) => "vous n'êtes pas le chef de l'équipe",
        (InvoiceContact, En, true) => "you are an invoice contact",
        (InvoiceContact, En, false) => "you are not an invoice contact",
        (InvoiceContact, Es, true) => "usted es un contacto de facturación",
        (InvoiceContact, Es, false) => "usted no es un contacto de facturación",
        (InvoiceContact, Fr, true) => "vous êtes un contact de facturation",
        (InvoiceContact, Fr, false) => "vous n'êtes pas un contact de facturation",
        (SameCompany, En, true) => "you belong to the same company as the creator of {item}",
        (SameCompany, En, false) => {
            "you do not belong to the same company as the creator of {item}"
        }
        (SameCompany, Es, true) => "usted pertenece a la misma empresa que el creador de {item}",
        (SameCompany, Es, false) => {
            "usted no pertenece a la misma empresa que el creador de {item}"
        }
        (SameCompany, Fr, true) => "vous êtes de la même entreprise que le créateur de {item}",
        (SameCompany, Fr, false) => {
            "vous n'êtes pas de la même entreprise que le créateur de {item}"
        }
        (Employee, En, true) => "you are an employee of the account's company",
        (Employee, En, false) => "you are not an employee of the account's company",
        (Employee, Es, true) => "usted es empleado de la empresa de la cuenta",
        (Employee, Es, false) => "usted no es empleado de la empresa de la cuenta",
        (Employee, Fr, true) => "vous êtes employé de l'entreprise du compte",
        (Employee, Fr, false) => "vous n'êtes pas employé de l'entreprise du compte",
        (Invited, En, true) => "you were invited",
        (Invited, En, false) => "you were not invited",
        (Invited, Es, true) => "usted fue invitado",
        (Invited, Es, false) => "usted no fue invitado",
        (Invited, Fr, true) => "vous avez été invité",
        (Invited, Fr, false) => "vous n'avez pas été invité",
        (ResponsibleContractor, En, true) => "you belong to the responsible contractor of {item}",
        (ResponsibleContractor, En, false) => {
            "you do not belong to the responsible contractor of {item}"
        }
        (ResponsibleContractor, Es, true) => "usted pertenece al contratista responsable de {item}",
        (ResponsibleContractor, Es, false) => {
            "usted no pertenece al contratista responsable de {item}"
        }
        (ResponsibleContractor, Fr, true) => {
            "vous faites partie de l'entrepreneur responsable de {item}"
        }
        (ResponsibleContractor, Fr, false) => {
            "vous ne faites pas partie de l'entrepreneur responsable de {item}"
        }
        (Attendee, En, true) => "you are an attendee",
        (Attendee, En, false) => "you are not an attendee",
        (Attendee, Es, true) => "usted es un asistente",
        (Attendee, Es, false) => "usted no es un asistente",
        (Attendee, Fr, true) => "vous êtes un participant",
        (Attendee, Fr, false) => "vous n'êtes pas un participant",
        (Signer, En, true) => "you are a signer",
        (Signer, En, false) => "you are not a signer",
        (Signer, Es, true) => "usted es un firmante",
        (Signer, Es, false) => "usted no es un firmante",
        (Signer, Fr, true) => "vous êtes un signataire",
        (Signer, Fr, false) => "vous n'êtes pas un signataire",
        (SourceAccess, En, true) => {
            "you have access to the source (the project, item or data it is copied or drawn from)"
        }
        (SourceAccess, En, false) => {
            "you do not have access to the source (the project, item or data it is copied or drawn from)"
        }
        (SourceAccess, Es, true) => {
            "usted tiene acceso al origen (el proyecto, elemento o datos de los que se copia o se extrae)"
        }
        (SourceAccess, Es, false) => {
            "usted no tiene acceso al origen (el proyecto, elemento o datos de los que se copia o se extrae)"
        }
        (SourceAccess, Fr, true) => {
            "vous avez accès à la source (le projet, l'élément ou les données d'où proviennent les informations)"
        }
        (SourceAccess, Fr, false) => {
            "vous n'avez pas accès à la source (le projet, l'élément ou les données d'où proviennent les informations)"
        }
        (Private, En, true) => "{item} is private",
        (Private, En, false) => "{item} is not private",
        (Private, Es, true) => "{item} tiene activada la opción «Privado»",
        (Private, Es, false) => "{item} no tiene activada la opción «Privado»",
        (Private, Fr, true) => "{item} a l'option « Privé » activée",
        (Private, Fr, false) => "{item} n'a pas l'option « Privé » activée",
    }
}

/// Puts conditions into words for one tool and language.
pub struct Describer<'a> {
    pub tool: &'a Tool,
    pub lang: Lang,
    /// Where other tools' names come from, for `requires`.
    pub catalog: &'a Catalog,
}

impl Describer<'_> {
    /// The condition as a clause, e.g. "you created the RFI and the RFI is in status 'Draft'".
    pub fn describe(&self, condition: &Condition) -> String {
        match condition {
            Condition::Any(options) => {
                let separator = format!(", {} ", ui(self.lang, Ui::Or));
                options
                    .iter()
                    .map(|option| match option {
                        Condition::All(parts) => self.join(parts, Ui::And),
                        other => self.nested(other),
                    })
                    .collect::<Vec<_>>()
                    .join(&separator)
            }
            Condition::All(parts) => self.join(parts, Ui::And),
            other => self.nested(other),
        }
    }

    fn join(&self, parts: &[Condition], word: Ui) -> String {
        let separator = format!(" {} ", ui(self.lang, word));
        parts
            .iter()
            .map(|part| self.nested(part))
            .collect::<Vec<_>>()
            .join(&separator)
    }

    /// A clause that may sit inside another: compound ones get parentheses.
    fn nested(&self, condition: &Condition) -> String {
        match condition {
            Condition::All(parts) => format!("({})", self.join(parts, Ui::And)),
            Condition::Any(parts) => format!("({})", self.join(parts, Ui::Or)),
            Condition::Not(inner) => self.atom(inner, false),
            atom => self.atom(atom, true),
        }
    }

    fn label(&self, kind: LabelKind, id: &str) -> String {
        self.tool
            .label(kind, id)
            .map(|text| text.get(self.lang).to_owned())
            .unwrap_or_else(|| id.to_owned())
    }

    /// The item the tool's conditions are about, with its article ("the RFI").
    fn item(&self) -> String {
        match &self.tool.item {
            Some(item) => item.get(self.lang).to_owned(),
            None => String::from(match self.lang {
                Lang::En => "the item",
                Lang::Es => "el elemento",
                Lang::Fr => "l'élément",
            }),
        }
    }

    fn atom(&self, atom: &Condition, holds: bool) -> String {
        let text = self
            .atom_template(atom, holds)
            .replace("{item}", &self.item());
        contract(&text, self.lang)
    }

    fn atom_template(&self, atom: &Condition, holds: bool) -> String {
        use Lang::*;
        let lang = self.lang;
        match atom {
            Condition::Fact(relation) => relation_phrase(*relation, lang, holds).to_owned(),
            Condition::Label(kind, id) => {
                let name = self.label(*kind, id);
                match (kind, lang, holds) {
                    (LabelKind::Granular, En, true) => {
                        format!("you hold the granular permission '{name}'")
                    }
                    (LabelKind::Granular, En, false) => {
                        format!("you do not hold the granular permission '{name}'")
                    }
                    (LabelKind::Granular, Es, true) => {
                        format!("usted tiene el permiso pormenorizado '{name}'")
                    }
                    (LabelKind::Granular, Es, false) => {
                        format!("usted no tiene el permiso pormenorizado '{name}'")
                    }
                    (LabelKind::Granular, Fr, true) => {
                        format!("vous détenez la permission granulaire « {name} »")
                    }
                    (LabelKind::Granular, Fr, false) => {
                        format!("vous ne détenez pas la permission granulaire « {name} »")
                    }
                    (LabelKind::Setting, En, true) => format!("the setting '{name}' is on"),
                    (LabelKind::Setting, En, false) => format!("the setting '{name}' is off"),
                    (LabelKind::Setting, Es, true) => {
                        format!("la configuración '{name}' está activada")
                    }
                    (LabelKind::Setting, Es, false) => {
                        format!("la configuración '{name}' está desactivada")
                    }
                    (LabelKind::Setting, Fr, true) => format!("le paramètre « {name} » est activé"),
                    (LabelKind::Setting, Fr, false) => {
                        format!("le paramètre « {name} » est désactivé")
                    }
                    (LabelKind::Status, En, true) => format!("{{item}} is in status '{name}'"),
                    (LabelKind::Status, En, false) => format!("{{item}} is not in status '{name}'"),
                    (LabelKind::Status, Es, true) => format!("{{item}} está en estado '{name}'"),
                    (LabelKind::Status, Es, false) => {
                        format!("{{item}} no está en estado '{name}'")
                    }
                    (LabelKind::Status, Fr, true) => format!("{{item}} a le statut « {name} »"),
                    (LabelKind::Status, Fr, false) => {
                        format!("{{item}} n'a pas le statut « {name} »")
                    }
                    (LabelKind::Integration, En, true) => {
                        format!("the '{name}' integration is in use")
                    }
                    (LabelKind::Integration, En, false) => {
                        format!("the '{name}' integration is not in use")
                    }
                    (LabelKind::Integration, Es, true) => format!("se usa la integración '{name}'"),
                    (LabelKind::Integration, Es, false) => {
                        format!("no se usa la integración '{name}'")
                    }
                    (LabelKind::Integration, Fr, true) => {
                        format!("l'intégration « {name} » est utilisée")
                    }
                    (LabelKind::Integration, Fr, false) => {
                        format!("l'intégration « {name} » n'est pas utilisée")
                    }
                }
            }
            Condition::Requires(tool, level) => {
                let name = self
                    .catalog
                    .tool_name(tool, lang)
                    .unwrap_or_else(|| tool.id.clone());
                let scope = scope_word(tool, lang);
                let level_name = level.name(lang);
                match (lang, holds) {
                    (En, true) => {
                        format!("you hold at least '{level_name}' on the {scope} {name} tool")
                    }
                    (En, false) => {
                        format!("you hold less than '{level_name}' on the {scope} {name} tool")
                    }
                    (Es, true) => format!(
                        "usted tiene al menos '{level_name}' en la herramienta {name} {scope}"
                    ),
                    (Es, false) => format!(
                        "usted tiene menos de '{level_name}' en la herramienta {name} {scope}"
                    ),
                    (Fr, true) => {
                        format!("vous avez au moins « {level_name} » sur l'outil {name} {scope}")
                    }
                    (Fr, false) => {
                        format!("vous avez moins que « {level_name} » sur l'outil {name} {scope}")
                    }
                }
            }
            Condition::Granted(tool, id) => {
                let name = self.catalog.granular_name(tool, id, lang);
                let tool_name = self
                    .catalog
                    .tool_name(tool, lang)
                    .unwrap_or_else(|| tool.id.clone());
                let scope = scope_word(tool, lang);
                match (lang, holds) {
                    (En, true) => format!(
                        "you hold the granular permission '{name}' of the {scope} {tool_name} tool"
                    ),
                    (En, false) => format!(
                        "you do not hold the granular permission '{name}' of the {scope} {tool_name} tool"
                    ),
                    (Es, true) => format!(
                        "usted tiene el permiso pormenorizado '{name}' de la herramienta {tool_name} {scope}"
                    ),
                    (Es, false) => format!(
                        "usted no tiene el permiso pormenorizado '{name}' de la herramienta {tool_name} {scope}"
                    ),
                    (Fr, true) => format!(
                        "vous détenez la permission granulaire « {name} » de l'outil {tool_name} {scope}"
                    ),
                    (Fr, false) => format!(
                        "vous ne détenez pas la permission granulaire « {name} » de l'outil {tool_name} {scope}"
                    ),
                }
            }
            compound => {
                let inner = self.nested(compound);
                match lang {
                    En => format!("not {inner}"),
                    Es => format!("no {inner}"),
                    Fr => format!("non {inner}"),
                }
            }
        }
    }
}

/// Spanish and French contract a preposition with the article after it
/// ("de el" → "del", "de le" → "du").
fn contract(text: &str, lang: Lang) -> String {
    let pairs: &[(&str, &str)] = match lang {
        Lang::En => &[],
        Lang::Es => &[(" de el ", " del "), (" a el ", " al ")],
        Lang::Fr => &[
            (" de le ", " du "),
            (" de les ", " des "),
            (" à le ", " au "),
            (" à les ", " aux "),
        ],
    };
    let mut text = format!(" {text} ");
    for (from, to) in pairs {
        text = text.replace(from, to);
    }
    text.trim().to_owned()
}

fn scope_word(tool: &ToolKey, lang: Lang) -> &'static str {
    use crate::model::Scope::*;
    match (tool.scope, lang) {
        (Company, Lang::En) => "company-level",
        (Project, Lang::En) => "project-level",
        (Company, Lang::Es) => "de la empresa",
        (Project, Lang::Es) => "del proyecto",
        (Company, Lang::Fr) => "de l'entreprise",
        (Project, Lang::Fr) => "du projet",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepositions_contract_with_articles() {
        assert_eq!(
            contract("usted es el gestor de el envío", Lang::Es),
            "usted es el gestor del envío"
        );
        assert_eq!(
            contract("vous êtes le gestionnaire de le dossier", Lang::Fr),
            "vous êtes le gestionnaire du dossier"
        );
        assert_eq!(
            contract("vous êtes le gestionnaire de la QRT", Lang::Fr),
            "vous êtes le gestionnaire de la QRT"
        );
    }
}

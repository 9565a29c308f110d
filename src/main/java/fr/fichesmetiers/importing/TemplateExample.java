package fr.fichesmetiers.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The template's example row and FAQ entry: a back-end developer, written for the template. */
final class TemplateExample {

    private TemplateExample() {
    }

    /** Column name → value, salaries as numbers. */
    static Map<String, Object> fiche() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("identifiant", "developpeur-back-end");
        row.put("intitule", "Développeur back-end");
        row.put("guide", "Numérique");
        row.put("code_rome", "M1805");
        row.put("code_fap", "M2Z90");
        row.put("niveau_etudes", "Bac+5");
        row.put("bac_conseille", "Scientifique");
        row.put("employabilite", "Élevée");
        row.put("mobilite", "Bonne");
        row.put("salaire_debutant", 2300);
        row.put("salaire_experimente", 4000);
        row.put("resume", "Il écrit la partie d'une application que personne ne voit : le serveur qui reçoit les"
                + " demandes, calcule et range les données.");
        row.put("role", "Il conçoit les services qu'un site ou une application mobile appelle, et veille à ce qu'ils"
                + " répondent vite et sans erreur.");
        row.put("missions", "Écrire le code du serveur et ses tests.\nSuivre les performances et corriger les pannes.");
        row.put("competences", "Un langage serveur (Java, Python, PHP…), les bases de données, la sécurité des"
                + " échanges.");
        row.put("qualites", "Il aime comprendre comment les choses marchent et travaille volontiers en équipe.");
        row.put("liste_qualites", "Rigueur|Curiosité|Esprit d'équipe");
        row.put("acces", "Un BUT informatique, puis souvent un master ou une école d'ingénieurs.");
        row.put("salaire_commentaire", "Le salaire dépend de la région et de la taille de l'entreprise.");
        row.put("evolution", "Après quelques années : architecte logiciel ou responsable d'équipe.");
        row.put("avantages_inconvenients", "Un métier recherché ; des mises en production parfois tardives.");
        row.put("devenir", "Commencer par de petits projets personnels, puis un stage en entreprise.");
        row.put("version_rome", "v3");
        row.put("intitule_feminin", "Développeuse back-end");
        row.put("formations", "BUT informatique|Master informatique");
        row.put("metiers_proches", "developpeur-front-end|administrateur-systemes");
        row.put("liens", "");
        row.put("source", "Exemple du modèle Fiches Métiers");
        row.put("mis_a_jour_le", "2026-06-01");
        return row;
    }

    static Map<String, Object> faq() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("identifiant", "developpeur-back-end");
        row.put("question", "Faut-il être fort en mathématiques ?");
        row.put("reponse", "Un bon niveau aide, mais la logique et la patience comptent davantage.");
        return row;
    }
}

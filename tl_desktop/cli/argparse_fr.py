"""argparse's own words in French: the command line speaks French from « utilisation : » to its errors.

argparse translates its messages through gettext (``argparse._`` and ``argparse.ngettext``);
no French catalog ships with Python, so its usage line, section titles and errors came out in
English around French help texts (« error: the following arguments are required: TEXTE »).
``speak_french()`` points those two names at the table below (Python 3.10 to 3.13 messages);
a message missing from it stays as argparse wrote it.
"""

from __future__ import annotations

import argparse

FRENCH = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (au choix : %(choices)s)",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s) : %(value)r",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "une valeur au plus attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "ignored explicit argument %r": "argument explicite ignoré : %r",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "sous-commande inconnue %(parser_name)r (au choix : %(choices)s)",
}


def _translate(text: str) -> str:
    return FRENCH.get(text, text)


def _translate_n(singular: str, plural: str, n: int) -> str:
    return _translate(singular if n == 1 else plural)


def speak_french() -> None:
    """From now on, argparse writes its own words in French (idempotent)."""
    argparse._ = _translate
    argparse.ngettext = _translate_n

"""Reading a parsed record in the parser's tests."""


def agenda(record):
    return [(i["kind"], i["speaker"] or i["org"]) for i in record["agenda"]]


def attendee(record, name):
    return next(a for a in record["attendees"] if a["name"] == name)

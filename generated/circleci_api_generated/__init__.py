"""Code generated from CircleCI's OpenAPI document by openapi-python-client and circleci-api's templates.

Do not edit: change ``openapi/``, ``openapi/fixes/``, the templates or ``generator-config.yaml`` and
run ``make generate``.  Import ``circleci_api`` instead of this package.
"""

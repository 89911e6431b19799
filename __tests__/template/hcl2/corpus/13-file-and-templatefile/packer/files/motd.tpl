Welcome to the %{ if upper(team) == "PLATFORM" }platform%{ else }${team}%{ endif } image.
Support: ${email}
Installed:
%{ for p in packages ~}
* ${p}
%{ endfor ~}

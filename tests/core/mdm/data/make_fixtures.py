#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the plist fixtures the core/mdm tests read: check-in messages and command reports as
# devices send them, with the keys and types of Apple's schemas (mdm/checkin/*.yaml and the
# responsekeys of mdm/commands/*.yaml). plistlib writes Apple's XML layout. The two certificates
# in CertificateList are fixed test certificates (EC P-256, made once with the openssl tool).
# Run once after changing it, then commit the files; the tests need no Python.
import base64
import plistlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

TOPIC = "com.apple.mgmt.External.2f1e3c4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
MAC_UDID = "5E7A1C3B-9D2F-4A6E-8B1C-0F2D3E4A5B6C"
IPHONE_UDID = "00008110-000A1B2C3D4E801E"
IPAD_UDID = "00008103-0019485E3C02001E"
ENROLLMENT_ID = "8C1D0E35-2F7B-4B0A-9E3C-6A5D4F3B2E1C"
ENROLLMENT_USER_ID = "4B7E2A19-6C3D-4F8E-A1B2-9D0C8E7F6A5B"
MAC_USER_ID = "A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF"
SHARED_IPAD_USER_ID = "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"
COMMAND_UUID = "0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"  # the tests put the real one in


def write(name, value):
    (HERE / name).write_bytes(plistlib.dumps(value, fmt=plistlib.FMT_XML, sort_keys=True))


def main():
    root_ca = base64.b64decode((HERE / "certs" / "root-ca.der.b64").read_text())
    identity = base64.b64decode((HERE / "certs" / "device-identity.der.b64").read_text())
    push_token = bytes.fromhex("a1b2c3d4e5f60718293a4b5c6d7e8f90"
                               "0112233445566778899aabbccddeeff0")
    unlock_token = bytes(range(7, 7 + 160))
    bootstrap_token = b"\x02\x01" + bytes(range(200, 256)) + bytes(range(0, 70))

    # --- check-in ---
    write("checkin/authenticate-mac.plist", {
        "BuildVersion": "23H124",
        "DeviceName": "Front Desk iMac",
        "MessageType": "Authenticate",
        "Model": "iMac21,1",
        "ModelName": "iMac",
        "OSVersion": "14.7",
        "ProductName": "iMac21,1",
        "SerialNumber": "C02FK1ABQ6X4",
        "Topic": TOPIC,
        "UDID": MAC_UDID,
    })
    write("checkin/authenticate-iphone.plist", {
        "BuildVersion": "21G93",
        "IMEI": "35 345678 901234 5",
        "MEID": "35345678901234",
        "MessageType": "Authenticate",
        "OSVersion": "17.6.1",
        "ProductName": "iPhone15,2",
        "SerialNumber": "F4GZK1ABN72Q",
        "Topic": TOPIC,
        "UDID": IPHONE_UDID,
    })
    write("checkin/authenticate-ipad.plist", {
        "BuildVersion": "21G93",
        "MessageType": "Authenticate",
        "OSVersion": "17.6.1",
        "ProductName": "iPad13,18",
        "SerialNumber": "DMPZK2ABQ1GC",
        "Topic": TOPIC,
        "UDID": IPAD_UDID,
    })
    write("checkin/authenticate-user-enrollment.plist", {
        "BuildVersion": "21G93",
        "EnrollmentID": ENROLLMENT_ID,
        "MessageType": "Authenticate",
        "OSVersion": "17.6.1",
        "ProductName": "iPhone14,5",
        "Topic": TOPIC,
    })
    write("checkin/tokenupdate-iphone.plist", {
        "AwaitingConfiguration": False,
        "MessageType": "TokenUpdate",
        "PushMagic": "6C4D2E1F-0A9B-4C8D-B7E6-F5A4B3C2D1E0",
        "Token": push_token,
        "Topic": TOPIC,
        "UDID": IPHONE_UDID,
        "UnlockToken": unlock_token,
    })
    write("checkin/tokenupdate-mac.plist", {
        "AwaitingConfiguration": False,
        "MessageType": "TokenUpdate",
        "PushMagic": "1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9",
        "Token": push_token,
        "Topic": TOPIC,
        "UDID": MAC_UDID,
    })
    write("checkin/tokenupdate-mac-user.plist", {
        "MessageType": "TokenUpdate",
        "NotOnConsole": False,
        "PushMagic": "9E8D7C6B-5A49-4837-A261-504F3E2D1C0B",
        "Token": bytes.fromhex("0f1e2d3c4b5a69788796a5b4c3d2e1f0"
                               "102132435465768798a9bacbdcedfe0f"),
        "Topic": TOPIC,
        "UDID": MAC_UDID,
        "UserID": MAC_USER_ID,
        "UserLongName": "Example User",
        "UserShortName": "exampleuser",
    })
    write("checkin/tokenupdate-shared-ipad-user.plist", {
        "MessageType": "TokenUpdate",
        "PushMagic": "2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901",
        "Token": bytes.fromhex("55aa55aa55aa55aa55aa55aa55aa55aa"
                               "aa55aa55aa55aa55aa55aa55aa55aa55"),
        "Topic": TOPIC,
        "UDID": IPAD_UDID,
        "UserID": SHARED_IPAD_USER_ID,
        "UserShortName": "student7@schools.example.org",
    })
    write("checkin/tokenupdate-user-enrollment.plist", {
        "EnrollmentID": ENROLLMENT_ID,
        "MessageType": "TokenUpdate",
        "PushMagic": "3C4D5E6F-7081-4293-A4B5-C6D7E8F90A1B",
        "Token": bytes.fromhex("00112233445566778899aabbccddeeff"
                               "ffeeddccbbaa99887766554433221100"),
        "Topic": TOPIC,
    })
    write("checkin/tokenupdate-user-enrollment-user.plist", {
        "EnrollmentID": ENROLLMENT_ID,
        "EnrollmentUserID": ENROLLMENT_USER_ID,
        "MessageType": "TokenUpdate",
        "NotOnConsole": False,
        "PushMagic": "4D5E6F70-8192-43A4-B5C6-D7E8F90A1B2C",
        "Token": bytes.fromhex("8899aabbccddeeff0011223344556677"
                               "7766554433221100ffeeddccbbaa9988"),
        "Topic": TOPIC,
        "UserLongName": "Example User",
        "UserShortName": "exampleuser",
    })
    write("checkin/checkout.plist", {
        "MessageType": "CheckOut",
        "Topic": TOPIC,
        "UDID": IPHONE_UDID,
    })
    write("checkin/userauthenticate.plist", {
        "MessageType": "UserAuthenticate",
        "UDID": MAC_UDID,
        "UserID": "C3D4E5F6-0718-4293-A4B5-C6D7E8F90A1B",
        "UserLongName": "Directory User",
        "UserShortName": "duser",
    })
    write("checkin/setbootstraptoken.plist", {
        "AwaitingConfiguration": False,
        "BootstrapToken": bootstrap_token,
        "MessageType": "SetBootstrapToken",
        "UDID": MAC_UDID,
    })
    write("checkin/getbootstraptoken.plist", {
        "AwaitingConfiguration": False,
        "MessageType": "GetBootstrapToken",
        "UDID": MAC_UDID,
    })
    write("checkin/declarativemanagement.plist", {
        "Endpoint": "tokens",
        "MessageType": "DeclarativeManagement",
        "UDID": MAC_UDID,
    })
    write("checkin/gettoken.plist", {
        "MessageType": "GetToken",
        "TokenParameters": {
            "PhoneUDID": IPHONE_UDID,
            "SecurityToken": "3q2+7w==",
            "WatchUDID": "00008301-0C1E2D3F4A5B6C7D",
        },
        "TokenServiceType": "com.apple.watch.pairing",
        "UDID": IPHONE_UDID,
    })

    # --- command reports ---
    write("reports/idle.plist", {"Status": "Idle", "UDID": IPHONE_UDID})
    write("reports/acknowledged.plist", {
        "CommandUUID": COMMAND_UUID,
        "Status": "Acknowledged",
        "UDID": IPHONE_UDID,
    })
    write("reports/notnow.plist", {
        "CommandUUID": COMMAND_UUID,
        "Status": "NotNow",
        "UDID": IPHONE_UDID,
    })
    write("reports/error-installprofile.plist", {
        "CommandUUID": COMMAND_UUID,
        "ErrorChain": [
            {
                "ErrorCode": 4001,
                "ErrorDomain": "MCInstallationErrorDomain",
                "LocalizedDescription": "Profile Installation Failed",
                "USEnglishDescription": "Profile Installation Failed",
            },
            {
                "ErrorCode": 1009,
                "ErrorDomain": "MCProfileErrorDomain",
                "LocalizedDescription":
                    "Das Profil \u201eWLAN\u201c konnte nicht installiert werden.",
                "USEnglishDescription": "The profile \u201cWi-Fi\u201d could not be installed.",
            },
        ],
        "Status": "Error",
        "UDID": IPHONE_UDID,
    })
    write("reports/commandformaterror.plist", {
        "CommandUUID": COMMAND_UUID,
        "ErrorChain": [
            {
                "ErrorCode": 12021,
                "ErrorDomain": "MCMDMErrorDomain",
                "LocalizedDescription": "Unknown command",
                "USEnglishDescription": "Unknown command",
            },
        ],
        "Status": "CommandFormatError",
        "UDID": IPHONE_UDID,
    })
    write("reports/deviceinformation-mac.plist", {
        "CommandUUID": COMMAND_UUID,
        "QueryResponses": {
            "AvailableDeviceCapacity": 312.41,
            "BluetoothMAC": "3c:a6:f6:12:9b:0e",
            "BuildVersion": "23H124",
            "DeviceCapacity": 494.38,
            "DeviceName": "Front Desk iMac",
            "EACSPreflight": "success",
            "EthernetMAC": "3c:a6:f6:12:9b:0c",
            "HostName": "front-desk-imac.example.org",
            "IsActivationLockEnabled": False,
            "IsAppleSilicon": True,
            "IsSupervised": True,
            "LocalHostName": "Front-Desk-iMac",
            "Model": "iMac21,1",
            "ModelName": "iMac",
            "ModelNumber": "MGPC3LL/A",
            "OSVersion": "14.7",
            "PINRequiredForDeviceLock": False,
            "PINRequiredForEraseDevice": False,
            "ProductName": "iMac21,1",
            "SerialNumber": "C02FK1ABQ6X4",
            "SupplementalBuildVersion": "23H124",
            "SystemIntegrityProtectionEnabled": True,
            "UDID": MAC_UDID,
            "WiFiMAC": "3c:a6:f6:12:9b:0d",
        },
        "Status": "Acknowledged",
        "UDID": MAC_UDID,
    })
    write("reports/deviceinformation-iphone.plist", {
        "CommandUUID": COMMAND_UUID,
        "QueryResponses": {
            "AvailableDeviceCapacity": 87.52,
            "BatteryLevel": 0.87,
            "BluetoothMAC": "f0:5c:d5:4a:11:02",
            "BuildVersion": "21G93",
            "DeviceCapacity": 128.0,
            "DeviceName": "Reception iPhone",
            "IMEI": "35 345678 901234 5",
            "IsActivationLockEnabled": True,
            "IsDeviceLocatorServiceEnabled": True,
            "IsMDMLostModeEnabled": False,
            "IsMultiUser": False,
            "IsSupervised": False,
            "Model": "MQ9T3",
            "ModelName": "iPhone",
            "ModelNumber": "MQ9T3LL/A",
            "OSVersion": "17.6.1",
            "ProductName": "iPhone15,2",
            "SerialNumber": "F4GZK1ABN72Q",
            "TimeZone": "America/New_York",
            "UDID": IPHONE_UDID,
            "WiFiMAC": "f0:5c:d5:4a:11:01",
        },
        "Status": "Acknowledged",
        "UDID": IPHONE_UDID,
    })
    write("reports/securityinfo-mac.plist", {
        "CommandUUID": COMMAND_UUID,
        "SecurityInfo": {
            "AuthenticatedRootVolumeEnabled": True,
            "BootstrapTokenAllowedForAuthentication": "allowed",
            "BootstrapTokenRequiredForKernelExtensionApproval": False,
            "BootstrapTokenRequiredForSoftwareUpdate": False,
            "FDE_Enabled": True,
            "FDE_HasInstitutionalRecoveryKey": False,
            "FDE_HasPersonalRecoveryKey": True,
            "FirewallSettings": {
                "BlockAllIncoming": False,
                "FirewallEnabled": True,
                "StealthMode": False,
            },
            "IsRecoveryLockEnabled": False,
            "ManagementStatus": {
                "EnrolledViaDEP": False,
                "IsActivationLockManageable": False,
                "IsUserEnrollment": False,
                "UserApprovedEnrollment": True,
            },
            "RemoteDesktopEnabled": False,
            "SecureBoot": {
                "ExternalBootLevel": "not supported",
                "SecureBootLevel": "full",
            },
            "SystemIntegrityProtectionEnabled": True,
        },
        "Status": "Acknowledged",
        "UDID": MAC_UDID,
    })
    write("reports/securityinfo-iphone.plist", {
        "CommandUUID": COMMAND_UUID,
        "SecurityInfo": {
            "HardwareEncryptionCaps": 3,
            "ManagementStatus": {
                "EnrolledViaDEP": False,
                "IsActivationLockManageable": False,
                "IsUserEnrollment": False,
            },
            "PasscodeCompliant": True,
            "PasscodeCompliantWithProfiles": True,
            "PasscodePresent": True,
        },
        "Status": "Acknowledged",
        "UDID": IPHONE_UDID,
    })
    write("reports/installedapplicationlist-iphone.plist", {
        "CommandUUID": COMMAND_UUID,
        "InstalledApplicationList": [
            {
                "AdHocCodeSigned": False,
                "AppStoreVendable": True,
                "BetaApp": False,
                "BundleSize": 104857600,
                "DeviceBasedVPP": False,
                "DynamicSize": 2457600,
                "ExternalVersionIdentifier": 865123456,
                "HasUpdateAvailable": False,
                "Identifier": "com.example.notes",
                "Installing": False,
                "IsAppClip": False,
                "IsValidated": True,
                "Name": "Example Notes",
                "ShortVersion": "4.2",
                "Version": "4210",
            },
            {
                "AdHocCodeSigned": False,
                "AppStoreVendable": False,
                "BetaApp": False,
                "BundleSize": 52428800,
                "DeviceBasedVPP": True,
                "DynamicSize": 102400,
                "HasUpdateAvailable": True,
                "Identifier": "com.example.chat",
                "Installing": False,
                "IsAppClip": False,
                "IsValidated": True,
                "Name": "Example Chat",
                "ShortVersion": "1.9.3",
                "Version": "193",
            },
        ],
        "Status": "Acknowledged",
        "UDID": IPHONE_UDID,
    })
    write("reports/installedapplicationlist-mac.plist", {
        "CommandUUID": COMMAND_UUID,
        "InstalledApplicationList": [
            {
                "BundleSize": 52428800,
                "HasUpdateAvailable": False,
                "Identifier": "com.example.editor",
                "Installing": False,
                "Name": "Example Editor",
                "ShortVersion": "2.1.0",
                "Version": "2.1.0",
            },
            # macOS may leave Identifier out (application.installed.list.yaml).
            {
                "BundleSize": 1048576,
                "Installing": False,
                "Name": "Legacy Tool",
                "ShortVersion": "1.0",
                "Version": "1.0",
            },
        ],
        "Status": "Acknowledged",
        "UDID": MAC_UDID,
    })
    write("reports/profilelist-mac.plist", {
        "CommandUUID": COMMAND_UUID,
        "ProfileList": [
            {
                "HasRemovalPasscode": False,
                "IsEncrypted": False,
                "PayloadContent": [
                    {
                        "PayloadDescription": "Lets Example Corp manage this Mac.",
                        "PayloadDisplayName": "Device Management",
                        "PayloadIdentifier": "com.example.espalier.enroll.mdm",
                        "PayloadOrganization": "Example Corp",
                        "PayloadType": "com.apple.mdm",
                        "PayloadUUID": "7D6C5B4A-3928-4716-A5B4-C3D2E1F00918",
                        "PayloadVersion": 1,
                    },
                ],
                "PayloadDescription": "Enrolls this Mac in Example Corp's device management.",
                "PayloadDisplayName": "Example Corp Enrollment",
                "PayloadIdentifier": "com.example.espalier.enroll",
                "PayloadOrganization": "Example Corp",
                "PayloadRemovalDisallowed": False,
                "PayloadUUID": "1E2D3C4B-5A69-4788-96A5-B4C3D2E1F000",
                "PayloadVersion": 1,
                "SignerCertificates": [root_ca],
            },
            {
                "HasRemovalPasscode": False,
                "IsEncrypted": True,
                "PayloadContent": [
                    {
                        "PayloadDisplayName": "Wi-Fi (Office)",
                        "PayloadIdentifier": "com.example.wifi.office.wifi",
                        "PayloadType": "com.apple.wifi.managed",
                        "PayloadUUID": "0F1E2D3C-4B5A-4697-8877-665544332211",
                        "PayloadVersion": 1,
                    },
                ],
                "PayloadDisplayName": "Office Wi-Fi",
                "PayloadIdentifier": "com.example.wifi.office",
                "PayloadOrganization": "Example Corp",
                "PayloadRemovalDisallowed": True,
                "PayloadUUID": "99887766-5544-4332-A110-FFEEDDCCBBAA",
                "PayloadVersion": 1,
            },
        ],
        "Status": "Acknowledged",
        "UDID": MAC_UDID,
    })
    write("reports/certificatelist.plist", {
        "CertificateList": [
            {"CommonName": "Example Corp Root CA", "Data": root_ca, "IsIdentity": False},
            {"CommonName": "Espalier Device Identity", "Data": identity, "IsIdentity": True},
        ],
        "CommandUUID": COMMAND_UUID,
        "Status": "Acknowledged",
        "UDID": MAC_UDID,
    })


if __name__ == "__main__":
    main()
